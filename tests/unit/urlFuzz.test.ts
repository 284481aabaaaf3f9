import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIGURES, SCENES } from '../../src/figures';
import { type Message, messageForms, placeholdersOf } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { noticesEn, noticesZh } from '../../src/i18n/messages/notices';
import { zh } from '../../src/i18n/zh';
import { decodeUrlState, type Notice } from '../../src/state';
import { canonicalLink, hostileQuery } from '../hostileLinks';

/** Every message a notice may name, in each language: the page's, the notices' and each figure's. */
const DICTIONARIES: Record<string, unknown>[] = [
  Object.assign({ ...en, ...noticesEn }, ...FIGURES.map((figure) => figure.messages.en)),
  Object.assign({ ...zh, ...noticesZh }, ...FIGURES.map((figure) => figure.messages.zh)),
];

const canonical = (query: string) => canonicalLink(query, SCENES, 'en');

/** A notice as a reader tells notices apart: its message and the setting it names. */
const noticeId = (notice: Notice) => `${notice.key} ${notice.values.param ?? ''}`;

describe('the URL codec under hostile links (seeded fuzzing)', () => {
  test('10,000 links: never throws; every notice fills its message in both languages; the canonical link reloads to the same state with no notice', () => {
    fc.assert(
      fc.property(hostileQuery(SCENES), (query) => {
        const { state, notices } = decodeUrlState(query, SCENES);
        for (const notice of notices) {
          // The page names the source (the link) and writes out a network problem itself.
          const provided = { ...notice.values, source: '', ...(notice.detail ? { detail: '' } : {}) };
          for (const dictionary of DICTIONARIES) {
            const message = dictionary[notice.key] as Message;
            expect(message, notice.key).toBeDefined();
            for (const form of messageForms(message)) {
              for (const name of placeholdersOf(form))
                expect(provided, `${notice.key} {${name}}`).toHaveProperty(name);
            }
          }
        }
        const link = canonical(query);
        const reloaded = decodeUrlState(link, SCENES);
        expect(reloaded.notices.map(noticeId), link).toEqual([]);
        expect(reloaded.state.figures).toEqual(state.figures);
        expect(reloaded.state.embed).toEqual(state.embed);
        // One spelling per state: writing the reloaded state gives the same link.
        expect(canonical(link)).toBe(link);
      }),
      { seed: 20261205, numRuns: 10_000 },
    );
  }, 120_000);

  test('2,000 links: every value the link gets wrong has its own notice, and a value changed to fit the others is told in its figure', () => {
    fc.assert(
      fc.property(hostileQuery(SCENES), (query) => {
        const combined = decodeUrlState(query, SCENES);
        const told = new Set(combined.notices.map(noticeId));
        const named = new Set(combined.notices.map((notice) => notice.values.param));
        const figuresTold = new Set(combined.notices.map((notice) => notice.figure));
        const search = new URLSearchParams(query);
        for (const key of new Set(search.keys())) {
          const value = search.get(key) ?? '';
          const [figure, name] = key.split('.');
          if (name === 'sel') {
            // A selection is read against the figure the rest of the link makes: one that does
            // not come through unchanged is told by name.
            const selected = combined.state.figures[figure]?.selection;
            const match = /^(\d+):(\d+)$/.exec(value);
            const same =
              selected && match && selected.layer === Number(match[1]) && selected.index === Number(match[2]);
            if (!same && value !== '' && combined.state.figures[figure])
              expect(told, `${key}=${value}`).toContain(`notice.url.badSelection ${key}`);
            continue;
          }
          // Alone, the value is read with the others at their defaults.
          const alone = decodeUrlState(`?${new URLSearchParams([[key, value]]).toString()}`, SCENES);
          if (alone.notices.some((notice) => notice.values.param === key)) {
            expect(named, `${key}=${value.slice(0, 40)}`).toContain(key);
          }
          const setting = name === 'preset' ? 'net' : name;
          const scene = SCENES.find((item) => item.id === figure);
          if (!scene || !(setting in scene.params) || alone.notices.length > 0) continue;
          // Taken as it is alone, but changed to fit the rest of the link: the figure says so.
          const before = alone.state.figures[figure].params[setting];
          const after = combined.state.figures[figure].params[setting];
          const givenTogether = new Set(
            [...search.keys()].filter((other) => other.startsWith(`${figure}.`) && other !== `${figure}.sel`),
          );
          if (givenTogether.size === 1 && JSON.stringify(before) !== JSON.stringify(after)) {
            expect(figuresTold, `${key}=${value}`).toContain(figure);
          }
        }
      }),
      { seed: 20261206, numRuns: 2_000 },
    );
  }, 120_000);

  test('a key given twice takes the first value, and says so', () => {
    const { state, notices } = decodeUrlState('?sparse.kernel=3&sparse.kernel=99', SCENES);
    expect(state.figures.sparse.params.kernel).toBe(3);
    expect(notices).toEqual([
      {
        key: 'notice.url.repeated',
        values: { param: 'sparse.kernel', count: 2, value: '3' },
        figure: 'sparse',
      },
    ]);
  });

  test('padding 0 and padding valid are one state, written one way', () => {
    const zero = decodeUrlState('?sparse.padding=0', SCENES);
    const valid = decodeUrlState('?sparse.padding=valid', SCENES);
    expect(zero.notices).toEqual([]);
    expect(zero.state).toEqual(valid.state);
    expect(canonical('?sparse.padding=0')).toBe(canonical('?sparse.padding=valid'));
    expect(canonical('?sparse.padding=0')).not.toContain('padding=0');
  });

  test('prototype keys and script payloads are refused as unknown or bad values, never read', () => {
    const { state, notices } = decodeUrlState(
      '?__proto__=1&constructor=x&sparse.__proto__=5&sparse.kernel=%3Cscript%3Ealert(1)%3C%2Fscript%3E&embed=javascript:alert(1)',
      SCENES,
    );
    expect(Object.getPrototypeOf(state.figures)).toBe(Object.prototype);
    expect(state.embed).toBeNull();
    expect(state.figures.sparse.params.kernel).toBe(
      SCENES.find((scene) => scene.id === 'sparse')?.defaults.kernel,
    );
    expect(notices.map(noticeId)).toEqual([
      'notice.url.unknownParam __proto__',
      'notice.url.unknownParam constructor',
      'notice.url.unknownParam sparse.__proto__',
      'notice.url.badNumber sparse.kernel',
      'notice.url.badEmbed ',
    ]);
  });
});
