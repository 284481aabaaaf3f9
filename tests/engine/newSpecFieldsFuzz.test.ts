/**
 * validateNetwork must stay total on the newer fields (`id`, `groups`, `[before, after]` padding):
 * whatever JSON lands there, it returns a well-formed result, and a rejection names that field.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type SpecIssue, validateNetwork } from '../../src/engine';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { ISSUE_CODES } from './reference/issueCodes';
import { SEED } from './reference/networkArbitraries';

/** Anything JSON can hold, plus values near the edges of what each new field accepts. */
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    -1,
    0,
    0.5,
    1e308,
    'input',
    '',
    'a'.repeat(65),
    'conv 1',
    [],
    [0],
    [0, 0],
    [1, 2, 3],
    [[1, 1]],
    [-1, 0],
    [0.5, 1],
    null,
    {},
  ),
);

type Field = 'id' | 'groups' | 'padding entry';

function expectWellFormedIssue(issue: SpecIssue) {
  expect(ISSUE_CODES).toContain(issue.code);
  expect(typeof issue.path).toBe('string');
  expect(issue.layer === null || (Number.isInteger(issue.layer) && issue.layer >= 0)).toBe(true);
  expect(issue.message.length).toBeGreaterThan(0);
  for (const value of Object.values(issue.values)) expect(['number', 'string']).toContain(typeof value);
}

describe('validateNetwork on hostile values in the new fields', () => {
  test('never throws, and a rejection is reported on the edited layer’s field (or a later layer)', () => {
    const rejectedBy = { id: 0, groups: 0, 'padding entry': 0 };
    fc.assert(
      fc.property(
        anyExtendedNetworkSpecArbitrary(),
        fc.nat(),
        fc.constantFrom<Field>('id', 'groups', 'padding entry'),
        fc.nat(),
        hostileValue,
        (spec, layerPick, field, axisPick, value) => {
          const position = layerPick % spec.layers.length;
          const dimensions = Array.isArray(spec.input.size) ? spec.input.size.length : 1;
          const layers: Record<string, unknown>[] = spec.layers.map((layer) => ({ ...layer }));
          const edited = layers[position];
          if (field === 'padding entry') {
            const entries = Array.from({ length: dimensions }, () => 0 as unknown);
            entries[axisPick % dimensions] = value;
            edited.padding = entries;
          } else {
            edited[field] = value;
          }
          let result: ReturnType<typeof validateNetwork> | undefined;
          expect(() => {
            result = validateNetwork({ input: spec.input, layers });
          }).not.toThrow();
          if (result === undefined || result.ok) return;
          rejectedBy[field] += 1;
          for (const issue of result.issues) expectWellFormedIssue(issue);
          const layer = position + 1;
          for (const issue of result.issues) expect(issue.layer).toBeGreaterThanOrEqual(layer);
          const own = result.issues.filter((issue) => issue.layer === layer);
          const prefix = `layers[${position}]`;
          for (const issue of own) {
            if (field === 'id') {
              expect([issue.path, issue.code]).toEqual([
                `${prefix}.id`,
                expect.stringMatching(/^(invalidId|duplicateId)$/),
              ]);
            } else if (field === 'groups') {
              expect(issue.path).toBe(`${prefix}.groups`);
            } else {
              // A padding entry can be malformed, or well formed and then make the window too big
              // (or the layer too large).
              expect(
                issue.path.startsWith(`${prefix}.padding`) ||
                  (issue.path === `${prefix}.kernel` && issue.code === 'windowLargerThanInput') ||
                  (issue.path === prefix && issue.code === 'tooManyUnits') ||
                  (edited.kind === 'dense' && issue.code === 'unknownField'),
              ).toBe(true);
            }
          }
        },
      ),
      { seed: SEED, numRuns: 600 },
    );
    // Rejections on every field must actually have been checked.
    for (const count of Object.values(rejectedBy)) expect(count).toBeGreaterThan(50);
  });
});
