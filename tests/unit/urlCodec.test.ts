import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCENES, sceneById } from '../../src/figures';
import { networkSizes } from '../../src/scenes';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../src/state';

/** Output count of a 1D conv layer, from the PyTorch docs' formula (TensorFlow's for 'same'), or 0 when it does not fit. */
function convOutputs(
  m: number,
  k: number,
  stride: number,
  dilation: number,
  padding: 'valid' | 'same' | number,
) {
  if (padding === 'same') return Math.ceil(m / stride);
  const pad = padding === 'valid' ? 0 : padding;
  const free = m + 2 * pad - dilation * (k - 1) - 1;
  return free < 0 ? 0 : Math.floor(free / stride) + 1;
}

const defaults = () =>
  Object.fromEntries(
    SCENES.map((scene) => [scene.id, { params: scene.defaults, selection: null, question: null }]),
  );

describe('decodeUrlState', () => {
  test('an empty query gives every figure at its defaults and no notices', () => {
    expect(decodeUrlState('', SCENES)).toEqual({
      state: { figures: defaults(), language: null, embed: null, theme: null, view: null },
      notices: [],
    });
  });

  test('reads settings and selections per figure, the language and the embedded figure', () => {
    const { state, notices } = decodeUrlState(
      '?v=1&embed=deep&sparse.inputLength=9&sparse.kernel=4&sparse.stride=2&sparse.dilation=2&sparse.padding=1&sparse.sel=1:2&deep.pool=1&deep.sel=3:1&equivariance.transform=stretch&lang=zh',
      SCENES,
    );
    expect(notices).toEqual([]);
    expect(state.figures.sparse).toEqual({
      params: { inputLength: 9, kernel: 4, stride: 2, dilation: 2, padding: 1 },
      selection: { layer: 1, index: 2 },
      question: null,
    });
    expect(state.figures.deep.params.pool).toBe(true);
    expect(state.figures.deep.selection).toEqual({ layer: 3, index: 1 });
    expect(state.figures.equivariance.params.transform).toBe('stretch');
    expect(state.language).toBe('zh');
    expect(state.embed).toBe('deep');
  });

  test('a value out of range is clamped to the nearest allowed value with a notice naming it', () => {
    const { state, notices } = decodeUrlState('?sparse.inputLength=100000000&sparse.kernel=0', SCENES);
    const limits = sceneById('sparse')?.params;
    expect(limits?.inputLength).toMatchObject({ maximum: 256 });
    expect(state.figures.sparse.params.inputLength).toBe(256);
    expect(state.figures.sparse.params.kernel).toBe(1);
    expect(notices.map((notice) => [notice.key, notice.values.param])).toEqual([
      ['notice.url.outOfRange', 'sparse.inputLength'],
      ['notice.url.outOfRange', 'sparse.kernel'],
    ]);
  });

  test('garbage values fall back to the defaults with specific notices', () => {
    const { state, notices } = decodeUrlState(
      '?sparse.kernel=3.5&sparse.stride=abc&sparse.padding=<script>&deep.pool=maybe&equivariance.kernelName=sobel&lang=fr&sparse.sel=2:0&extra=1&v=99&embed=nope',
      SCENES,
    );
    expect(state.figures).toEqual(defaults());
    expect(state.language).toBeNull();
    expect(state.embed).toBeNull();
    expect(notices.map((notice) => notice.key).sort()).toEqual(
      [
        'notice.url.unknownParam',
        'notice.url.badVersion',
        'notice.url.badNumber',
        'notice.url.badNumber',
        'notice.url.badPadding',
        'notice.url.badToggle',
        'notice.url.badChoice',
        'notice.url.badLanguage',
        'notice.url.badSelection',
        'notice.url.badEmbed',
      ].sort(),
    );
  });

  test('an impossible layer becomes the widest kernel that fits, with a notice', () => {
    // m = 4, valid padding, dilation 2: span 2(k − 1) + 1 ≤ 4 holds up to k = 2.
    const { state, notices } = decodeUrlState(
      '?sparse.inputLength=4&sparse.kernel=9&sparse.dilation=2&sparse.padding=valid',
      SCENES,
    );
    expect(state.figures.sparse.params.kernel).toBe(2);
    expect(notices).toEqual([
      {
        key: 'notice.url.impossibleLayer',
        values: { figure: 'sparse', value: 9, fallback: 2 },
        figure: 'sparse',
      },
    ]);
  });

  test('a weight beyond the kernel is moved to its last weight', () => {
    const { state, notices } = decodeUrlState('?sharing.kernel=3&sharing.weight=5', SCENES);
    expect(state.figures.sharing.params.weight).toBe(2);
    expect(notices.map((notice) => notice.key)).toEqual(['notice.url.badWeight']);
  });

  test('a selection beyond the layer is dropped with a notice', () => {
    // m = 5, k = 3, valid: 3 outputs, so s₄ (index 3) does not exist.
    const { state, notices } = decodeUrlState('?sparse.padding=valid&sparse.sel=1:3', SCENES);
    expect(state.figures.sparse.selection).toBeNull();
    expect(notices[0]).toMatchObject({ key: 'notice.url.badSelection', values: { param: 'sparse.sel' } });
  });

  test('never throws and always yields possible layers and selections, whatever the query', () => {
    const names = SCENES.flatMap((scene) =>
      [...Object.keys(scene.params), 'sel'].map((name) => `${scene.id}.${name}`),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...names, 'v', 'lang', 'embed', 'x'),
          fc.oneof(
            fc.string(),
            fc.integer({ min: -20, max: 300 }).map(String),
            fc.constantFrom('same', 'valid', '1:0', '0:4', '3:2', '-3', '1e9', '1', '0'),
          ),
        ),
        (record) => {
          const { state } = decodeUrlState(`?${new URLSearchParams(record).toString()}`, SCENES);
          for (const scene of SCENES) {
            const figure = state.figures[scene.id];
            for (const panel of scene.panels(figure.params)) expect(networkSizes(panel.spec)).not.toBeNull();
            if (figure.selection) {
              const sizes = networkSizes(scene.panels(figure.params)[0].spec) as number[][];
              expect(figure.selection.layer).toBeLessThan(sizes.length);
              expect(figure.selection.index).toBeLessThan(
                sizes[figure.selection.layer].reduce((a, b) => a * b, 1),
              );
            }
          }
          const { inputLength, kernel, stride, dilation, padding } = state.figures.sparse.params;
          expect(
            convOutputs(
              Number(inputLength),
              Number(kernel),
              Number(stride),
              Number(dilation),
              padding as 'valid',
            ),
          ).toBeGreaterThan(0);
        },
      ),
      { seed: 20261126, numRuns: 300 },
    );
  });

  test('reads the colours a link asks for, and names a choice it does not know', () => {
    expect(decodeUrlState('?theme=dark', SCENES)).toMatchObject({ state: { theme: 'dark' }, notices: [] });
    const night = decodeUrlState('?theme=night', SCENES);
    expect(night.state.theme).toBeNull();
    expect(night.notices).toEqual([{ key: 'notice.url.badTheme', values: { value: 'night' } }]);
    const { state } = decodeUrlState('?embed=deep&theme=light', SCENES);
    expect(encodeUrlState(state, SCENES, 'deep')).toBe('?v=1&embed=deep&theme=light');
  });

  test('survives malformed percent-encoding', () => {
    expect(() => decodeUrlState('?sparse.kernel=%E0%A4%A&k=%', SCENES)).not.toThrow();
  });
});

describe('encodeUrlState', () => {
  test('round-trips valid settings of the sparse figure exactly', () => {
    const paramsArbitrary = fc
      .record({
        inputLength: fc.integer({ min: 1, max: 256 }),
        kernel: fc.integer({ min: 1, max: 15 }),
        stride: fc.integer({ min: 1, max: 8 }),
        dilation: fc.integer({ min: 1, max: 8 }),
        // No padding is `valid` in the state; a link's `0` is another spelling of it (tested below).
        padding: fc.oneof(fc.constantFrom<'valid' | 'same'>('valid', 'same'), fc.integer({ min: 1, max: 8 })),
      })
      .filter((p) => convOutputs(p.inputLength, p.kernel, p.stride, p.dilation, p.padding) > 0);
    fc.assert(
      fc.property(
        paramsArbitrary,
        fc.option(fc.constantFrom<'en' | 'zh'>('en', 'zh')),
        fc.option(
          fc.record({
            layer: fc.constantFrom(0, 1),
            fraction: fc.double({ min: 0, max: 0.999, noNaN: true }),
          }),
        ),
        fc.boolean(),
        (params, language, pick, pool) => {
          const sizes = [
            params.inputLength,
            convOutputs(params.inputLength, params.kernel, params.stride, params.dilation, params.padding),
          ];
          const selection = pick
            ? { layer: pick.layer, index: Math.floor(pick.fraction * sizes[pick.layer]) }
            : null;
          const figures = defaults() as UrlState['figures'];
          figures.sparse = { params, selection, question: null };
          figures.deep = { params: { ...figures.deep.params, pool }, selection: null, question: null };
          const state: UrlState = { figures, language, embed: null, theme: null, view: null };
          const decoded = decodeUrlState(encodeUrlState(state, SCENES), SCENES);
          expect(decoded.notices).toEqual([]);
          expect(decoded.state).toEqual(state);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  test('writes a short, readable link: defaults left out, a selection as layer:index', () => {
    const figures = defaults() as UrlState['figures'];
    figures.sparse = { params: { ...figures.sparse.params, kernel: 5 }, selection: { layer: 1, index: 2 } };
    expect(encodeUrlState({ figures, language: 'zh', embed: null, theme: null, view: null }, SCENES)).toBe(
      '?v=1&sparse.kernel=5&sparse.sel=1:2&lang=zh',
    );
  });

  test('an embed link carries only its own figure', () => {
    const figures = defaults() as UrlState['figures'];
    figures.sparse = { params: { ...figures.sparse.params, kernel: 5 }, selection: null };
    figures.deep = { params: { ...figures.deep.params, depth: 4 }, selection: { layer: 4, index: 0 } };
    expect(
      encodeUrlState({ figures, language: null, embed: 'deep', theme: null, view: null }, SCENES, 'deep'),
    ).toBe('?v=1&embed=deep&deep.depth=4&deep.sel=4:0');
  });
});

describe('the slide view', () => {
  test('view=figure is read with an embed and written back; elsewhere, or another view, is explained', () => {
    const slide = decodeUrlState('?embed=deep&view=figure', SCENES);
    expect(slide.notices).toEqual([]);
    expect(slide.state.view).toBe('figure');
    expect(encodeUrlState(slide.state, SCENES, 'deep')).toBe('?v=1&embed=deep&view=figure');
    for (const query of ['?view=figure', '?embed=deep&view=slides', '?embed=deep&view=']) {
      const { state, notices } = decodeUrlState(query, SCENES);
      expect(state.view, query).toBeNull();
      expect(
        notices.map((notice) => notice.key),
        query,
      ).toEqual(['notice.url.badView']);
    }
  });
});
