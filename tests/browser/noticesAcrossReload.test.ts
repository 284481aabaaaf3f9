import { afterEach, expect, test } from 'vitest';
import { keepNoticesForReload, type Notice, takeNoticesKeptForReload } from '../../src/state';

const HERE = 'https://lab.example/?v=1&embed=sparse&lang=en';
const NOTICES: Notice[] = [
  { key: 'notice.url.unknownParam', values: { param: 'nonsense' } },
  { key: 'notice.url.outOfRange', values: { param: 'sparse.kernel', value: 99 }, figure: 'sparse' },
];

afterEach(() => sessionStorage.clear());

test('notices kept for a reload come back, as they were and without their ids, once', () => {
  keepNoticesForReload(
    NOTICES.map((notice, id) => ({ ...notice, id })),
    HERE,
  );
  expect(takeNoticesKeptForReload(HERE)).toEqual(NOTICES);
  expect(takeNoticesKeptForReload(HERE)).toEqual([]);
});

test('a page at another address gets none of them, and they are gone', () => {
  keepNoticesForReload(NOTICES, HERE);
  expect(takeNoticesKeptForReload(`${HERE}&sparse.kernel=3`)).toEqual([]);
  expect(takeNoticesKeptForReload(HERE)).toEqual([]);
});

test('what another script left under the key is read as no notices, not thrown', () => {
  for (const left of [
    'null',
    '{',
    '[1,2]',
    '{"href":"x"}',
    JSON.stringify({ href: HERE, notices: [{ key: 3 }] }),
  ]) {
    sessionStorage.setItem('rfl-notices-across-reload', left);
    expect(takeNoticesKeptForReload(HERE), left).toEqual([]);
  }
});
