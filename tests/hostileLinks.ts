import fc from 'fast-check';
import type { Language } from '../src/i18n';
import { type FigureRegistry, type ParamDefinition, QUESTION_KINDS } from '../src/scenes';
import { decodeUrlState, encodeUrlState } from '../src/state';
import { encodeBase64Url } from '../src/state/base64Url';

/**
 * Hostile links for the URL codec, shared by the Node fuzzer and the browser one: every key of the
 * registry with random, boundary and absurd values; repeated and unknown keys; prototype keys;
 * broken percent-encoding; 10,000-character values; script and `javascript:` payloads.
 */

const SCRIPT_PAYLOADS = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><img src=x onerror=alert(1)>',
  "';alert(1);//",
  ['$', '{alert(1)}'].join(''),
  '{{constructor.constructor("alert(1)")()}}',
  '</textarea><svg onload=alert(1)>',
];

const ABSURD = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-0',
  '0x10',
  '1.5',
  ' 3',
  '3 ',
  '+3',
  '٣',
  '３',
  'null',
  'undefined',
  '[]',
  '{}',
  'true',
  '\u0000',
  '\u202e3',
];

const BROKEN_PERCENT = ['%', '%%', '%E0%A4%A', '%zz', '%C0%AF', '%ED%A0%80', '%FF', '%2', '%u0041'];

/**
 * The canonical link of a query, as the page rewrites its address bar on load: the state it reads,
 * written back with the page's language (`language` when the link chooses none).
 */
export function canonicalLink(query: string, registry: FigureRegistry, language: Language): string {
  const { state } = decodeUrlState(query, registry);
  return encodeUrlState({ ...state, language: state.language ?? language }, registry);
}

/** How long the longest values are. */
const LONG = 10_000;

/** Values that mean something to a setting of this kind: its boundaries, just past them, and in between. */
function meaningfulValues(definition: ParamDefinition): fc.Arbitrary<string> {
  switch (definition.kind) {
    case 'integer':
    case 'hidden-integer': {
      const { minimum, maximum } = definition;
      return fc.oneof(
        fc.constantFrom(minimum - 1, minimum, maximum, maximum + 1, -1, 2 ** 53, -(2 ** 31)).map(String),
        fc.integer({ min: minimum, max: maximum }).map(String),
      );
    }
    case 'padding':
      return fc.oneof(
        fc.constantFrom(
          'valid',
          'same',
          'VALID',
          'full',
          '0',
          String(definition.maximum),
          String(definition.maximum + 1),
        ),
        fc.integer({ min: -2, max: definition.maximum + 2 }).map(String),
      );
    case 'choice':
      return fc.oneof(
        fc.constantFrom(...definition.options, 'none'),
        fc.constantFrom(...definition.options).map((option) => option.toUpperCase()),
      );
    case 'toggle':
      return fc.constantFrom('0', '1', 'true', 'false', 'yes', '2', 'on');
    case 'integers':
      return fc
        .array(fc.integer({ min: definition.minimum - 2, max: definition.maximum + 2 }), {
          minLength: Math.max(0, definition.length - 1),
          maxLength: definition.length + 1,
        })
        .map((values) => values.join(','));
    case 'matrix':
      return fc
        .array(
          fc.array(fc.integer({ min: -12, max: 12 }), { minLength: 0, maxLength: definition.maxCols + 1 }),
          {
            minLength: 1,
            maxLength: definition.maxRows + 1,
          },
        )
        .map((rows) => rows.map((row) => row.join(',')).join(';'));
    case 'layers':
      return fc.array(fc.integer({ min: -1, max: 400 }), { maxLength: 12 }).map((values) => values.join(','));
    case 'network':
      return fc.oneof(
        fc.constantFrom(...Object.keys(definition.presets)),
        fc.json().map((text) => encodeBase64Url(text)),
        fc
          .record({
            input: fc.array(fc.integer({ min: -2, max: 5000 }), { maxLength: 3 }),
            layers: fc.array(
              fc.record({
                kind: fc.constantFrom('conv', 'pool', 'dense', '__proto__', 'toString'),
                kernel: fc.integer({ min: -1, max: 9 }),
                stride: fc.integer({ min: 0, max: 4 }),
              }),
              { maxLength: 5 },
            ),
          })
          .map((network) => encodeBase64Url(JSON.stringify(network))),
        fc.constant(`{"input":[${'9'.repeat(40)}],"layers":[]}`),
      );
  }
}

/** A value as it may appear in a link: meaningful, absurd, random, a payload, very long, or broken. */
function hostileValue(meaningful: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const plain = fc.oneof(
    { weight: 6, arbitrary: meaningful },
    { weight: 2, arbitrary: fc.constantFrom(...ABSURD) },
    { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.constantFrom(...SCRIPT_PAYLOADS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('x', '9', '1:0,').map((unit) => unit.repeat(LONG).slice(0, LONG)),
    },
  );
  // Most values are percent-encoded as a browser would; some go in raw, some with broken escapes.
  return fc.oneof(
    { weight: 6, arbitrary: plain.map(encodeURIComponent) },
    { weight: 2, arbitrary: plain },
    {
      weight: 2,
      arbitrary: fc
        .tuple(plain, fc.constantFrom(...BROKEN_PERCENT))
        .map(([value, broken]) => `${encodeURIComponent(value)}${broken}`),
    },
  );
}

/** Every key a link may carry for `registry`, with values that mean something to it. */
function knownEntries(registry: FigureRegistry): [string, fc.Arbitrary<string>][] {
  const entries: [string, fc.Arbitrary<string>][] = [
    ['v', fc.constantFrom('1', '0', '2', '1.0', 'v1')],
    ['lang', fc.constantFrom('en', 'zh', 'fr', 'EN', 'zh-CN', '')],
    ['theme', fc.constantFrom('light', 'dark', 'auto', 'Dark', 'night', '')],
    ['view', fc.constantFrom('figure', 'Figure', 'slides', '')],
    ['embed', fc.constantFrom(...registry.map((scene) => scene.id), 'none', '__proto__', '')],
  ];
  for (const scene of registry) {
    entries.push([
      `${scene.id}.sel`,
      fc.oneof(
        fc
          .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 200_000 }))
          .map(([layer, index]) => `${layer}:${index}`),
        fc.constantFrom('1:0', '0:0', '-1:2', '1:', ':3', '1:2:3', '1;2'),
      ),
    ]);
    if (scene.questions) {
      entries.push([`${scene.id}.ask`, fc.constantFrom(...QUESTION_KINDS, 'Field', 'none', '')]);
      entries.push([
        `${scene.id}.target`,
        fc.oneof(
          fc
            .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 2000 }))
            .map(([layer, index]) => `${layer}:${index}`),
          fc.constantFrom('1:1', '0:0', '1:', '-1:2', 'w2'),
        ),
      ]);
    }
    for (const [name, definition] of Object.entries(scene.params)) {
      const key = definition.kind === 'network' ? `${scene.id}.preset` : `${scene.id}.${name}`;
      entries.push([key, meaningfulValues(definition)]);
      if (definition.kind === 'network') entries.push([`${scene.id}.${name}`, meaningfulValues(definition)]);
    }
  }
  return entries;
}

/** Keys no link should carry: unknown settings, prototype names, script, broken escapes. */
const STRANGE_KEYS = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'sparse.__proto__',
    'sparse.constructor',
    'deep.',
    '.sel',
    'x',
    '',
  ),
  fc.constantFrom(...SCRIPT_PAYLOADS).map(encodeURIComponent),
  fc.constantFrom(...BROKEN_PERCENT),
  fc.string({ maxLength: 16 }).map(encodeURIComponent),
);

/**
 * A fragment a link may end with (starting with `#`, or empty): none, a section of the page, one
 * that names nothing, broken percent-encoding, a script payload.
 */
export function hostileFragment(registry: FigureRegistry): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: fc.constantFrom(...registry.map((scene) => `#figure-${scene.id}`)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('', 'figure-', 'figure-deep'), fc.constantFrom(...BROKEN_PERCENT))
        .map(([start, broken]) => `#${start}${broken}`),
    },
    { weight: 1, arbitrary: fc.constantFrom(...SCRIPT_PAYLOADS).map((payload) => `#${payload}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 16 }).map((text) => `#${encodeURIComponent(text)}`) },
  );
}

/**
 * A whole hostile query string (starting with `?`): 0–10 entries, each a known key with a hostile
 * value or a strange key, keys sometimes repeated.
 */
export function hostileQuery(registry: FigureRegistry): fc.Arbitrary<string> {
  const known = knownEntries(registry);
  const entry = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .constantFrom(...known)
        .chain(([key, values]) => hostileValue(values).map((value) => `${key}=${value}`)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(STRANGE_KEYS, fc.string({ maxLength: 8 }))
        .map(([key, value]) => `${key}=${encodeURIComponent(value)}`),
    },
    { weight: 1, arbitrary: STRANGE_KEYS },
  );
  return fc
    .array(entry, { maxLength: 10 })
    .chain((entries) =>
      // Some links repeat a key with another value.
      fc
        .option(fc.nat({ max: 9 }), { nil: undefined })
        .chain((repeat) =>
          repeat === undefined || entries.length === 0
            ? fc.constant(entries)
            : hostileValue(fc.string({ maxLength: 6 })).map((value) => [
                ...entries,
                `${entries[repeat % entries.length].split('=')[0]}=${value}`,
              ]),
        ),
    )
    .map((entries) => `?${entries.join('&')}`);
}
