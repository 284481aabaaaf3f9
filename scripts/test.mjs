// The whole test run, as `npm test` and CI run it: type-check, lint, unit and engine tests (Node),
// browser tests (Vitest browser mode in Chromium), then end-to-end tests (Playwright against the
// built app). Ends with one line "N passed, N failed" and a non-zero exit code on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { playwrightCounts, vitestCounts } from './testCounts.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}.\n` +
      'The browser and end-to-end tests drive a real Chromium. Install Debian’s with\n' +
      '    sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at a Chromium or Chrome binary, then run npm test again.',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'rfl-test-'));
let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

/** A check that is one test: type-check, lint, build. */
function check(title, command, args) {
  if (run(title, command, args)) passed += 1;
  else failed += 1;
}

/** A runner that reports its own test counts in a JSON file. */
function suite(title, command, args, reportFile, count, env) {
  const ok = run(title, command, args, env);
  let counts = null;
  try {
    counts = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch {
    counts = null;
  }
  if (!counts || counts.passed + counts.failed === 0) {
    console.error(`  ${title}: no test results were reported.`);
    failed += 1;
    return;
  }
  passed += counts.passed;
  failed += counts.failed + (ok || counts.failed > 0 ? 0 : 1);
}

const bin = (name) => join('node_modules', '.bin', name);

check('Type-check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']);
check('Lint and format (biome check)', bin('biome'), ['check', '.']);

const vitestReport = join(scratch, 'vitest.json');
suite(
  'Engine, unit and browser tests (vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  vitestCounts,
);

check('Production build (vite build)', bin('vite'), ['build', '--logLevel', 'warn']);

const playwrightReport = join(scratch, 'playwright.json');
suite(
  'End-to-end tests (Playwright, built app in Chromium)',
  bin('playwright'),
  ['test'],
  playwrightReport,
  playwrightCounts,
  { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
);

rmSync(scratch, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
