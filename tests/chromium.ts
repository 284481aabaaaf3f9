import { existsSync } from 'node:fs';
import chromiumFlags from './chromiumFlags.json' with { type: 'json' };

/**
 * Flags that let Debian's Chromium run headless as root on a machine with no network but loopback
 * (a JSON file, so `npm run bench`, plain JavaScript, launches Chromium the same way).
 */
export const CHROMIUM_ARGS: string[] = chromiumFlags;

/** Path of the Chromium binary the tests drive: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/**
 * Playwright launch options for that Chromium. When it is missing this warns with install
 * instructions instead of throwing, so Node-only test projects still run from the same config.
 */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    console.warn(
      `Chromium not found at ${executablePath}; browser tests cannot run. Install it with ` +
        '"sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return { executablePath, args: CHROMIUM_ARGS };
}
