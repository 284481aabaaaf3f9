import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listConnections, traceField } from '../../src/engine';
import { SCENES, sceneById } from '../../src/figures';
import {
  askedTarget,
  defaultTarget,
  isQuestionTarget,
  KERNEL_QUESTIONS,
  QUESTION_KERNELS,
  type Question,
  questionKernel,
  questionLayers,
  refitQuestion,
  type SceneDefinition,
} from '../../src/scenes';
import { anotherCommuteCase, anotherTarget } from '../../src/scenes/anotherQuestion';
import {
  answerConnections,
  answerUnits,
  boxOverlap,
  createLabStore,
  decodeUrlState,
  encodeUrlState,
  judgeMarks,
  readAxisAnswer,
  urlStateOf,
} from '../../src/state';
import { buildReferenceNetwork, referenceReceptiveField } from '../engine/reference/bruteForceNetwork';

const scene = (id: string) => sceneById(id) as SceneDefinition;

describe('questions in links', () => {
  test('a question and its target are read, and written back the same way', () => {
    const { state, notices } = decodeUrlState('?v=1&deep.ask=field&deep.target=2:6', SCENES);
    expect(notices).toEqual([]);
    expect(state.figures.deep.question).toEqual({ kind: 'field', target: { layer: 2, index: 6 } });
    expect(encodeUrlState(state, SCENES)).toBe('?v=1&deep.ask=field&deep.target=2:6');
  });

  test('a question without a target asks about the book’s unit: the middle unit of the top layer', () => {
    // The stack's defaults: 13 inputs, three 'same' layers of 13 units; the middle one is index 6.
    const { state, notices } = decodeUrlState('?deep.ask=field', SCENES);
    expect(notices).toEqual([]);
    expect(state.figures.deep.question).toEqual({ kind: 'field', target: { layer: 3, index: 6 } });
    expect(decodeUrlState('?deep.ask=reach', SCENES).state.figures.deep.question?.target).toEqual({
      layer: 0,
      index: 6,
    });
  });

  test('a kind the figure does not ask is dropped with a notice naming the kinds it asks', () => {
    for (const value of ['weight', 'bogus', '']) {
      const { state, notices } = decodeUrlState(`?deep.ask=${value}`, SCENES);
      expect(state.figures.deep.question).toBeNull();
      expect(notices.map((notice) => notice.key)).toEqual(['notice.url.badAsk']);
      expect(notices[0].values.options).toBe('field, reach, size');
    }
  });

  test('a target the question cannot be about falls back to the default target, with a notice', () => {
    const cases: [string, string, Question][] = [
      // A field is seen by a unit above the input; the input sees nothing.
      ['?deep.ask=field&deep.target=0:3', '3:6', { kind: 'field', target: { layer: 3, index: 6 } }],
      // The top layer reaches nothing above it.
      ['?deep.ask=reach&deep.target=3:0', '0:6', { kind: 'reach', target: { layer: 0, index: 6 } }],
      ['?deep.ask=field&deep.target=2:13', '3:6', { kind: 'field', target: { layer: 3, index: 6 } }],
      ['?deep.ask=field&deep.target=two', '3:6', { kind: 'field', target: { layer: 3, index: 6 } }],
      // A kernel of width 3 has weights 0, 1, 2; the book asks about the middle one.
      ['?sharing.ask=weight&sharing.target=1:3', '1:1', { kind: 'weight', target: { layer: 1, index: 1 } }],
    ];
    for (const [query, fallback, question] of cases) {
      const figure = query.slice(1, query.indexOf('.'));
      const { state, notices } = decodeUrlState(query, SCENES);
      expect(state.figures[figure].question, query).toEqual(question);
      expect(
        notices.map((notice) => [notice.key, notice.values.fallback]),
        query,
      ).toEqual([['notice.url.badTarget', fallback]]);
    }
  });

  test('a target without a question, or for a question that needs none, is ignored with a notice', () => {
    const alone = decodeUrlState('?deep.target=1:2', SCENES);
    expect(alone.state.figures.deep.question).toBeNull();
    expect(alone.notices.map((notice) => notice.key)).toEqual(['notice.url.targetWithoutAsk']);
    const commute = decodeUrlState('?edges.ask=commute&edges.target=0:1', SCENES);
    expect(commute.state.figures.edges.question?.kind).toBe('commute');
    expect(commute.notices.map((notice) => notice.key)).toEqual(['notice.url.targetNotUsed']);
    // Its link carries the question alone.
    expect(encodeUrlState(commute.state, SCENES)).toBe('?v=1&edges.ask=commute');
  });

  test('a figure that asks nothing does not know the keys', () => {
    const { state, notices } = decodeUrlState('?cost.ask=field', SCENES);
    expect(state.figures.cost.question).toBeNull();
    expect(notices.map((notice) => notice.key)).toEqual(['notice.url.unknownParam']);
  });

  test('a student’s marks and typed answers never reach the link', () => {
    const { state } = decodeUrlState('?deep.ask=size&deep.target=2:6', SCENES);
    const store = createLabStore(SCENES, state, 'en');
    const before = encodeUrlState(urlStateOf(store.getState()), SCENES);
    store.getState().toggleMark('deep', 'stack', '1:5');
    store.getState().setEntry('deep', 'r', '5');
    store.getState().check('deep');
    expect(encodeUrlState(urlStateOf(store.getState()), SCENES)).toBe(before);
    expect(before).toBe('?v=1&deep.ask=size&deep.target=2:6&lang=en');
  });
});

describe('the store while a question is asked', () => {
  const asking = (query: string) => createLabStore(SCENES, decodeUrlState(query, SCENES).state, 'en');

  test('marks toggle until the first check, then stay as they were checked; start again clears them', () => {
    const store = asking('?sparse.ask=field&sparse.target=1:2');
    const state = () => store.getState();
    state().toggleMark('sparse', 'conv', '0:1');
    state().toggleMark('sparse', 'conv', '0:2');
    state().toggleMark('sparse', 'conv', '0:1');
    expect(state().figures.sparse.attempt.marks).toEqual({ conv: ['0:2'] });
    state().check('sparse');
    state().toggleMark('sparse', 'conv', '0:3');
    expect(state().figures.sparse.attempt).toEqual({ marks: { conv: ['0:2'] }, entries: {}, checked: 1 });
    state().retry('sparse');
    expect(state().figures.sparse.attempt).toEqual({ marks: {}, entries: {}, checked: 0 });
  });

  test('asking selects nothing, so no field is traced before the check', () => {
    const store = asking('?sparse.sel=1:2');
    store.getState().ask('sparse', { kind: 'field', target: { layer: 1, index: 2 } });
    expect(store.getState().figures.sparse.selection).toBeNull();
    expect(store.getState().figures.sparse.hover).toBeNull();
  });

  test('new settings start the attempt again and keep a target they still have', () => {
    const store = asking('?deep.ask=field&deep.target=3:12');
    const state = () => store.getState();
    state().toggleMark('deep', 'stack', '2:11');
    // 13 → 20 inputs: unit 12 of layer 3 is still there.
    state().setParam('deep', 'inputLength', 20);
    expect(state().figures.deep.question).toEqual({ kind: 'field', target: { layer: 3, index: 12 } });
    expect(state().figures.deep.attempt.marks).toEqual({});
    // 20 → 8 inputs: it is gone; the question asks about the new middle unit of the top layer.
    state().setParam('deep', 'inputLength', 8);
    expect(state().figures.deep.question).toEqual({ kind: 'field', target: { layer: 3, index: 3 } });
  });
});

describe('targets', () => {
  const asked = SCENES.flatMap((item) =>
    (item.questions?.kinds ?? []).map((kind) => [item.id, kind] as const),
  );

  test.each(asked)('%s asks %s: its default target is one it can ask about', (id, kind) => {
    const figure = scene(id);
    const target = defaultTarget(figure, kind, figure.defaults);
    expect(target).not.toBeNull();
    if (target) expect(isQuestionTarget(figure, kind, figure.defaults, target)).toBe(true);
  });

  test.each(asked)(
    '%s asks %s: another target is valid, not the same, and the same for everyone',
    (id, kind) => {
      const figure = scene(id);
      const params = figure.defaults;
      let current = defaultTarget(figure, kind, params);
      if (!current || kind === 'commute') return;
      for (let draw = 0; draw < 20; draw += 1) {
        const next = anotherTarget(figure, kind, params, current);
        expect(next).not.toBeNull();
        if (!next) return;
        expect(isQuestionTarget(figure, kind, params, next)).toBe(true);
        expect(anotherTarget(figure, kind, params, current)).toEqual(next);
        if (kind === 'kernel') expect(questionKernel(next.index)).not.toBe(questionKernel(current.index));
        else if (kind === 'size') expect(next.layer).not.toBe(current.layer);
        else expect(next).not.toEqual(current);
        current = next;
      }
    },
  );

  test('a commute question moves to another of its figure’s cases', () => {
    for (const id of ['edges', 'equivariance']) {
      const figure = scene(id);
      const cases = figure.questions?.commuteCases ?? [];
      let params = figure.defaults;
      for (let draw = 0; draw < 10; draw += 1) {
        const next = anotherCommuteCase(figure, params);
        expect(next).not.toBeNull();
        if (!next) return;
        expect(next).not.toEqual(params);
        expect(
          cases.some((change) => Object.entries(change).every(([name, value]) => next[name] === value)),
        ).toBe(true);
        params = next;
      }
    }
  });

  test('a reader’s selection, or the figure’s chosen weight, is the question they mean', () => {
    const deep = scene('deep');
    expect(askedTarget(deep, 'field', deep.defaults, { layer: 2, index: 4 })).toEqual({ layer: 2, index: 4 });
    // An input sees nothing: the default instead.
    expect(askedTarget(deep, 'field', deep.defaults, { layer: 0, index: 4 })).toEqual({ layer: 3, index: 6 });
    const sharing = scene('sharing');
    expect(askedTarget(sharing, 'weight', { ...sharing.defaults, weight: 2 }, null)).toEqual({
      layer: 1,
      index: 2,
    });
  });

  test('the playground asks about a layer it draws, and refits its question to a new network', () => {
    const playground = scene('playground');
    const { show } = playground.defaults as { show: number[] };
    expect(questionLayers(playground, 'field', playground.defaults)).toEqual(show);
    const question = {
      kind: 'field' as const,
      target: defaultTarget(playground, 'field', playground.defaults),
    };
    expect(question.target?.layer).toBe(show[0]);
    const wavenet = decodeUrlState('?playground.preset=wavenet', SCENES).state.figures.playground.params;
    const refitted = refitQuestion(playground, question as Question, wavenet);
    expect(refitted && isQuestionTarget(playground, 'field', wavenet, refitted.target)).toBe(true);
  });

  test('kernel questions hide each of the quiz’s kernels, none far more often than another', () => {
    const counts = new Map<string, number>();
    for (let question = 0; question < KERNEL_QUESTIONS; question += 1) {
      const kernel = questionKernel(question);
      counts.set(kernel, (counts.get(kernel) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([...QUESTION_KERNELS].sort());
    for (const count of counts.values())
      expect(count).toBeGreaterThan(KERNEL_QUESTIONS / QUESTION_KERNELS.length / 2);
  });
});

describe('judging', () => {
  test('judgeMarks splits answer and marks into right, missed and extra, each key once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 30 })),
        fc.uniqueArray(fc.nat({ max: 30 })),
        (answerKeys, markKeys) => {
          const answer = new Set(answerKeys.map(String));
          const marks = markKeys.map(String);
          const { right, missed, extra } = judgeMarks(answer, marks);
          // By the definitions: right = answer ∩ marks, missed = answer \ marks, extra = marks \ answer.
          expect(new Set(right)).toEqual(
            new Set(answerKeys.filter((key) => markKeys.includes(key)).map(String)),
          );
          expect(new Set(missed)).toEqual(
            new Set(answerKeys.filter((key) => !markKeys.includes(key)).map(String)),
          );
          expect(new Set(extra)).toEqual(
            new Set(markKeys.filter((key) => !answerKeys.includes(key)).map(String)),
          );
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });

  test('a field question’s answer is the brute-force receptive field on every layer below its unit', () => {
    const deep = scene('deep');
    for (const params of [
      deep.defaults,
      { ...deep.defaults, stride: true, pool: true },
      { ...deep.defaults, dilation: true, inputLength: 20 },
    ]) {
      const spec = deep.panels(params)[0].spec;
      const reference = buildReferenceNetwork(spec);
      const top = reference.shapes.length - 1;
      for (let index = 0; index < reference.shapes[top][0]; index += 3) {
        const question: Question = { kind: 'field', target: { layer: top, index } };
        const expected = new Set<string>();
        referenceReceptiveField(reference, top, index).forEach((mask, layer) => {
          if (layer >= top) return;
          mask.forEach((value, unit) => {
            if (value) expected.add(`${layer}:${unit}`);
          });
        });
        expect(answerUnits(question, traceField(spec, top, index))).toEqual(expected);
      }
    }
  });

  test('a weight question’s answer is every connection whose tap is that weight: the book’s border cuts w₁ to 4 uses', () => {
    const sharing = scene('sharing');
    const spec = sharing.panels(sharing.defaults)[0].spec;
    const connections = listConnections(spec, 1);
    // Five outputs of a width-3 'same' convolution: w₁ (tap 0) reads x_{i−1}, which s₁ lacks.
    expect([...answerConnections(connections, 1, 0)].sort()).toEqual(['1:1:0', '1:2:1', '1:3:2', '1:4:3']);
    expect(answerConnections(connections, 1, 1).size).toBe(5);
  });

  test('boxOverlap counts the cells of a box inside and outside a field, as a cell-by-cell count does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.boolean(), { minLength: 81, maxLength: 81 }),
        fc.tuple(fc.integer({ min: -2, max: 10 }), fc.integer({ min: -2, max: 10 })),
        fc.tuple(fc.integer({ min: -2, max: 10 }), fc.integer({ min: -2, max: 10 })),
        (rows, cols, bits, [top, bottom], [left, right]) => {
          const mask = Uint8Array.from(bits.slice(0, rows * cols), Number);
          const overlap = boxOverlap(mask, [rows, cols], { top, left, bottom, right });
          let [field, box, both] = [0, 0, 0];
          for (let row = 0; row < rows; row += 1) {
            for (let col = 0; col < cols; col += 1) {
              const inBox =
                row >= Math.min(top, bottom) &&
                row <= Math.max(top, bottom) &&
                col >= Math.min(left, right) &&
                col <= Math.max(left, right);
              const inField = mask[row * cols + col] === 1;
              field += inField ? 1 : 0;
              box += inBox ? 1 : 0;
              both += inBox && inField ? 1 : 0;
            }
          }
          expect([overlap.field, overlap.box, overlap.both]).toEqual([field, box, both]);
          expect(overlap.overlap).toBeCloseTo(field + box - both > 0 ? both / (field + box - both) : 0, 12);
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });

  test('readAxisAnswer reads one number per axis in the ways people write them', () => {
    expect(readAxisAnswer('7', 2)).toEqual([7, 7]);
    expect(readAxisAnswer(' 7 × 9 ', 2)).toEqual([7, 9]);
    expect(readAxisAnswer('7x9', 2)).toEqual([7, 9]);
    expect(readAxisAnswer('7, 9', 2)).toEqual([7, 9]);
    expect(readAxisAnswer('７，９', 2)).toEqual([7, 9]);
    expect(readAxisAnswer('-3', 1)).toEqual([-3]);
    expect(readAxisAnswer('7 9 11', 2)).toBeNull();
    expect(readAxisAnswer('seven', 1)).toBeNull();
    expect(readAxisAnswer('7.5', 1)).toBeNull();
  });
});
