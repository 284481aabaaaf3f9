import { describe, expect, test } from 'vitest';
import { SCENES } from '../../src/figures';
import { createLabStore, decodeUrlState, type LabState } from '../../src/state';

// The store is typed by figure id and setting: `npm test` type-checks this file, and each line
// marked @ts-expect-error must fail to compile (an unused marker is itself a compile error).

/** Mistakes only the types catch: the store would take each of them without a word at run time. */
function wouldNotCompile(state: LabState) {
  // @ts-expect-error: the sharing figure has no setting `wieght`.
  state.setParam('sharing', 'wieght', 2);
  // @ts-expect-error: a weight is a number.
  state.setParam('sharing', 'weight', '2');
  // @ts-expect-error: `pool` is on or off.
  state.setParams('deep', { pool: 1 });
  // @ts-expect-error: the deep figure's settings have no `layers`.
  state.figures.deep.params.layers;
}

describe('the store’s types', () => {
  test('a figure of the page takes its own settings, typed; a view shared by all names them at run time', () => {
    const store = createLabStore(SCENES, decodeUrlState('', SCENES).state, 'en');
    const state = store.getState();
    state.setParam('sharing', 'weight', 2);
    state.setParams('deep', { depth: 3, pool: true });
    // Settings read back typed: a number, a boolean.
    const weight: number = store.getState().figures.sharing.params.weight;
    const pool: boolean = store.getState().figures.deep.params.pool;
    expect([weight, pool]).toEqual([2, true]);
    // @ts-expect-error: no figure of the page is called `sharng`; at run time the store refuses it too.
    expect(() => state.select('sharng', null)).toThrow('Unknown figure "sharng"');
    const throwaway = createLabStore(SCENES, decodeUrlState('', SCENES).state, 'en');
    expect(() => wouldNotCompile(throwaway.getState())).not.toThrow();
    const figure: string = 'deep';
    state.setParam(figure, 'depth', 4);
    expect(store.getState().figures.deep.params.depth).toBe(4);
  });
});
