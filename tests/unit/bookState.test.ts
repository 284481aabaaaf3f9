import { describe, expect, test } from 'vitest';
import { countNetwork, traceReceptiveField } from '../../src/engine';
import { SCENES, sceneById } from '../../src/figures';
import { bookState, networkSizes, type SceneDefinition } from '../../src/scenes';

describe('bookState', () => {
  test.each(SCENES.map((scene) => [scene.id, scene] as const))(
    '%s as in the book is a possible figure, and the unit it picks out is one of it',
    (_, scene: SceneDefinition) => {
      const { params, selection } = bookState(scene);
      expect(scene.repair(params).changes).toEqual([]);
      for (const panel of scene.panels(params)) {
        const sizes = networkSizes(panel.spec);
        expect(sizes, panel.id).not.toBeNull();
        if (selection && sizes) {
          expect(selection.layer).toBeLessThan(sizes.length);
          expect(selection.index).toBeLessThan(sizes[selection.layer].reduce((a, b) => a * b, 1));
        }
      }
    },
  );

  test('fig. 9.4: five inputs, two layers of width 3, and g₃ sees every input through h₂ … h₄', () => {
    const deep = sceneById('deep') as SceneDefinition;
    const { params, selection } = bookState(deep);
    expect(selection).toEqual({ layer: 2, index: 2 });
    const spec = deep.panels(params)[0].spec;
    expect(networkSizes(spec)).toEqual([[5], [5], [5]]);
    const field = traceReceptiveField(spec, 2, 2);
    expect(Array.from(field[1])).toEqual([0, 1, 1, 1, 0]);
    expect(Array.from(field[0])).toEqual([1, 1, 1, 1, 1]);
  });

  test('the counts as in the book are fig. 9.6’s: 89,600 inputs, 89,320 outputs, 8,003,072,000 dense weights', () => {
    const cost = sceneById('cost') as SceneDefinition;
    const spec = cost.panels(bookState(cost).params)[0].spec;
    const [inputs, outputs] = (networkSizes(spec) ?? []).map((size) => size.reduce((a, b) => a * b, 1));
    expect([inputs, outputs]).toEqual([320 * 280, 319 * 280]);
    expect(countNetwork(spec).layers[1].dense.weights).toBe(8_003_072_000);
  });
});
