import { describe, expect, test } from 'vitest';
import { SCENES, sceneById } from '../../src/figures';
import { translate } from '../../src/i18n';
import { networkSizes } from '../../src/scenes';

const scene = (id: string) => {
  const found = sceneById(id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

describe('every figure', () => {
  // Sentences name a panel and then say what it shows after a colon ("Dense (matrix
  // multiplication): s₃ sees all 5 inputs."): a title with a colon of its own stacks two.
  test.each(SCENES.map((scene) => [scene.id, scene] as const))(
    '%s: its panel titles have no colon, in either language',
    (_, scene) => {
      for (const panel of scene.panels(scene.defaults)) {
        for (const language of ['en', 'zh'] as const)
          expect(translate(language, panel.title.key, panel.title.values)).not.toMatch(/[:：]/);
      }
    },
  );

  // The caption goes into exported files and print, where nothing can be clicked: what to do on
  // screen is the figure's task, said after the caption on the page only.
  test.each(SCENES.map((scene) => [scene.id, scene] as const))(
    '%s: its caption tells no one to click, select, pick, drag or type, in either language',
    (_, scene) => {
      expect(translate('en', scene.caption)).not.toMatch(
        /\b(click|tap|select|pick|drag|type in|switch on)\b/i,
      );
      // In Chinese, an instruction opens its sentence ("选中一个…"); "选中的单元" describes.
      expect(translate('zh', scene.caption)).not.toMatch(
        /(^|[。；：])(点击|轻触|选中一|选一个|拖动|输入不同|打开)/,
      );
    },
  );

  test.each(SCENES.map((scene) => [scene.id, scene] as const))(
    '%s: its defaults make possible networks and need no repair',
    (_, scene) => {
      for (const panel of scene.panels(scene.defaults))
        expect(networkSizes(panel.spec), panel.id).not.toBeNull();
      expect(scene.repair(scene.defaults)).toEqual({ params: scene.defaults, changes: [] });
    },
  );

  test.each(SCENES.filter((scene) => scene.selectable).map((scene) => [scene.id, scene] as const))(
    '%s: its panels share layer sizes, so one selection fits all of them',
    (_, scene) => {
      const sizes = scene.panels(scene.defaults).map((panel) => networkSizes(panel.spec));
      for (const panelSizes of sizes) expect(panelSizes).toEqual(sizes[0]);
    },
  );

  test('each figure has a unique id, and every setting has a default', () => {
    expect(new Set(SCENES.map((scene) => scene.id)).size).toBe(SCENES.length);
    for (const scene of SCENES)
      expect(Object.keys(scene.defaults).sort()).toEqual(Object.keys(scene.params).sort());
  });
});

describe('the book figures keep the book’s numbers', () => {
  test('sparse: five inputs, kernel 3, five outputs (figs. 9.2–9.3)', () => {
    const sparse = scene('sparse');
    const [conv, dense] = sparse.panels(sparse.defaults);
    expect(networkSizes(conv.spec)).toEqual([[5], [5]]);
    expect(networkSizes(dense.spec)).toEqual([[5], [5]]);
  });

  test('deep: the pool toggle inserts a pooling layer, named p, that halves the first layer', () => {
    const deep = scene('deep');
    const [stack] = deep.panels({ ...deep.defaults, pool: true });
    // 13 inputs, 'same' kernel 3 keeps 13; max-pool 2/2 gives floor((13 − 2)/2) + 1 = 6.
    expect(networkSizes(stack.spec)?.map((size) => size[0])).toEqual([13, 13, 6, 6, 6]);
    expect(stack.letters).toEqual(['x', 'h', 'p', 'g', 'f']);
  });
});

describe('sharing', () => {
  test('repairing a link keeps the flip and moves a weight beyond the kernel to its last one', () => {
    const sharing = scene('sharing');
    const repaired = sharing.repair({ ...sharing.defaults, kernel: 2, weight: 5, flip: true });
    expect(repaired.params).toMatchObject({ kernel: 2, weight: 1, flip: true });
    expect(sharing.panels(repaired.params)[0].flipKernel).toBe(true);
  });
});
