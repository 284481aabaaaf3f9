import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SPARSE_DEFAULTS, SPARSE_LIMITS } from '../../src/scenes/sparse';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../src/state';

/** Output count of a 1D conv layer, from the PyTorch docs' formula, or 0 when it does not fit. */
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

describe('decodeUrlState', () => {
  test('an empty query gives the book figure and no notices', () => {
    expect(decodeUrlState('')).toEqual({
      state: { params: SPARSE_DEFAULTS, selection: null, language: null },
      notices: [],
    });
  });

  test('reads every field of a well-formed link', () => {
    const { state, notices } = decodeUrlState('?v=1&m=9&k=4&stride=2&dilation=2&padding=1&sel=1:2&lang=zh');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      params: { inputLength: 9, kernel: 4, stride: 2, dilation: 2, padding: 1 },
      selection: { layer: 1, index: 2 },
      language: 'zh',
    });
  });

  test('a value out of range is clamped to the nearest allowed value with a notice naming it', () => {
    const { state, notices } = decodeUrlState('?m=100000000&k=0');
    expect(state.params.inputLength).toBe(SPARSE_LIMITS.inputLength.maximum);
    expect(state.params.kernel).toBe(SPARSE_LIMITS.kernel.minimum);
    expect(notices.map((notice) => [notice.key, notice.values.param])).toEqual([
      ['notice.url.outOfRange', 'm'],
      ['notice.url.outOfRange', 'k'],
    ]);
  });

  test('garbage values fall back to the defaults with specific notices', () => {
    const { state, notices } = decodeUrlState(
      '?k=3.5&stride=abc&padding=<script>&lang=fr&sel=2:0&extra=1&v=99',
    );
    expect(state.params).toEqual(SPARSE_DEFAULTS);
    expect(state.language).toBeNull();
    expect(state.selection).toBeNull();
    expect(notices.map((notice) => notice.key).sort()).toEqual(
      [
        'notice.url.unknownParam',
        'notice.url.badVersion',
        'notice.url.badNumber',
        'notice.url.badNumber',
        'notice.url.badPadding',
        'notice.url.badLanguage',
        'notice.url.badSelection',
      ].sort(),
    );
  });

  test('an impossible layer becomes the widest kernel that fits, with a notice', () => {
    // m = 4, valid padding, dilation 2: span 2(k − 1) + 1 ≤ 4 holds up to k = 2.
    const { state, notices } = decodeUrlState('?m=4&k=9&dilation=2&padding=valid');
    expect(state.params.kernel).toBe(2);
    expect(notices).toEqual([{ key: 'notice.url.impossibleLayer', values: { value: 9, fallback: 2 } }]);
  });

  test('a selection beyond the layer is dropped with a notice', () => {
    // m = 5, k = 3, valid: 3 outputs, so s₄ (index 3) does not exist.
    const { state, notices } = decodeUrlState('?padding=valid&sel=1:3');
    expect(state.selection).toBeNull();
    expect(notices[0].key).toBe('notice.url.badSelection');
  });

  test('never throws and always yields a possible layer and selection, whatever the query', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('v', 'm', 'k', 'stride', 'dilation', 'padding', 'sel', 'lang', 'x'),
          fc.oneof(
            fc.string(),
            fc.integer().map(String),
            fc.constantFrom('same', 'valid', '1:0', '0:4', '-3', '1e9'),
          ),
        ),
        (record) => {
          const query = `?${new URLSearchParams(record).toString()}`;
          const { state } = decodeUrlState(query);
          const { inputLength, kernel, stride, dilation, padding } = state.params;
          const outputs = convOutputs(inputLength, kernel, stride, dilation, padding);
          expect(outputs).toBeGreaterThan(0);
          if (state.selection) {
            const size = state.selection.layer === 0 ? inputLength : outputs;
            expect(state.selection.index).toBeLessThan(size);
          }
        },
      ),
      { seed: 20261126, numRuns: 400 },
    );
  });

  test('survives malformed percent-encoding', () => {
    expect(() => decodeUrlState('?m=%E0%A4%A&k=%')).not.toThrow();
  });
});

describe('encodeUrlState', () => {
  test('round-trips every valid state exactly', () => {
    const paramsArbitrary = fc
      .record({
        inputLength: fc.integer({ min: 1, max: 64 }),
        kernel: fc.integer({ min: 1, max: 15 }),
        stride: fc.integer({ min: 1, max: 8 }),
        dilation: fc.integer({ min: 1, max: 8 }),
        padding: fc.oneof(fc.constantFrom<'valid' | 'same'>('valid', 'same'), fc.integer({ min: 0, max: 8 })),
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
        (params, language, pick) => {
          const sizes = [
            params.inputLength,
            convOutputs(params.inputLength, params.kernel, params.stride, params.dilation, params.padding),
          ];
          const selection = pick
            ? { layer: pick.layer, index: Math.floor(pick.fraction * sizes[pick.layer]) }
            : null;
          const state: UrlState = { params, selection, language };
          const decoded = decodeUrlState(encodeUrlState(state));
          expect(decoded.notices).toEqual([]);
          expect(decoded.state).toEqual(state);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  test('writes a short, readable link: defaults left out, the selection as layer:index', () => {
    expect(
      encodeUrlState({
        params: { ...SPARSE_DEFAULTS, kernel: 5 },
        selection: { layer: 1, index: 2 },
        language: 'zh',
      }),
    ).toBe('?v=1&k=5&sel=1:2&lang=zh');
  });
});
