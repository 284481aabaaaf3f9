import { describe, expect, it } from 'vitest';
import { SCENES } from '../../src/figures/index.ts';
import { createLabStore } from '../../src/state/createLabStore.ts';

function newStore() {
  const figures = Object.fromEntries(
    SCENES.map((scene) => [scene.id, { params: { ...scene.defaults }, selection: null }]),
  );
  return createLabStore(SCENES, { figures, language: 'en', embed: null, theme: null, view: null }, 'en');
}

const keys = (store: ReturnType<typeof newStore>) => store.getState().notices.map((notice) => notice.key);

describe('notices on a topic', () => {
  it('a new notice on a topic replaces the last one of that figure and topic only', () => {
    const store = newStore();
    const { pushNotices } = store.getState();
    pushNotices([{ key: 'notice.url.badLanguage', values: { value: 'xx' } }]);
    pushNotices([{ key: 'notice.camera.denied', values: {}, figure: 'edges', topic: 'image' }]);
    pushNotices([{ key: 'notice.camera.none', values: {}, figure: 'sparse', topic: 'image' }]);
    pushNotices([{ key: 'notice.camera.failed', values: {}, figure: 'edges', topic: 'image' }]);
    // The page's notice and the other figure's stay; the edge figure's first one gave way.
    expect(keys(store)).toEqual(['notice.url.badLanguage', 'notice.camera.none', 'notice.camera.failed']);
  });

  it('settling a topic takes its notices away and leaves the rest, and the state alone when none', () => {
    const store = newStore();
    const { pushNotices, settleNotices } = store.getState();
    pushNotices([
      { key: 'notice.url.badLanguage', values: { value: 'xx' }, figure: 'edges' },
      { key: 'notice.camera.denied', values: {}, figure: 'edges', topic: 'image' },
    ]);
    settleNotices('edges', 'image');
    expect(keys(store)).toEqual(['notice.url.badLanguage']);
    const before = store.getState();
    settleNotices('edges', 'image');
    expect(store.getState()).toBe(before);
  });
});

describe('many notices', () => {
  it('shows the last six and counts the rest, which one dismissal forgets', () => {
    const store = newStore();
    const values = (index: number) => ({ param: `sparse.x${index}` });
    store
      .getState()
      .pushNotices(
        Array.from({ length: 10 }, (_, index) => ({ key: 'notice.url.unknownParam', values: values(index) })),
      );
    store.getState().pushNotices([{ key: 'notice.url.badLanguage', values: { value: 'xx' } }]);
    const { notices, noticesNotShown } = store.getState();
    expect(notices.map((notice) => notice.values.param ?? notice.values.value)).toEqual([
      'sparse.x5',
      'sparse.x6',
      'sparse.x7',
      'sparse.x8',
      'sparse.x9',
      'xx',
    ]);
    expect(noticesNotShown).toBe(5);
    // The ones that gave way are kept, oldest first, for a reader who opens the summary.
    expect(store.getState().noticesHidden.map((notice) => notice.values.param)).toEqual([
      'sparse.x0',
      'sparse.x1',
      'sparse.x2',
      'sparse.x3',
      'sparse.x4',
    ]);
    store.getState().dismissNoticesNotShown();
    expect(store.getState().noticesNotShown).toBe(0);
    expect(store.getState().noticesHidden).toEqual([]);
    expect(store.getState().notices).toHaveLength(6);
  });
});
