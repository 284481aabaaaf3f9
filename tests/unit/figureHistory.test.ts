import { describe, expect, test, vi } from 'vitest';
import { SCENES } from '../../src/figures';
import { NETWORK_PRESETS } from '../../src/scenes';
import { createLabStore } from '../../src/state';

function store() {
  const figures = Object.fromEntries(
    SCENES.map((scene) => [scene.id, { params: { ...scene.defaults }, selection: null }]),
  );
  return createLabStore(SCENES, { figures, language: 'en', embed: null, theme: null, view: null }, 'en');
}

describe('undo and redo of recorded edits', () => {
  test('take back and apply again exactly the recorded changes, newest first', () => {
    const lab = store();
    const net = () => lab.getState().figures.playground.params.net;
    lab.getState().setParams('playground', { net: NETWORK_PRESETS.vgg16 }, { record: true });
    lab.getState().setParams('playground', { net: NETWORK_PRESETS.alexnet }, { record: true });
    lab.getState().undo('playground');
    expect(net()).toBe(NETWORK_PRESETS.vgg16);
    lab.getState().undo('playground');
    expect(net()).toBe(NETWORK_PRESETS.resnet50);
    lab.getState().undo('playground');
    expect(net()).toBe(NETWORK_PRESETS.resnet50);
    lab.getState().redo('playground');
    lab.getState().redo('playground');
    expect(net()).toBe(NETWORK_PRESETS.alexnet);
  });

  test('a change not recorded is not undone, and a new recorded change clears what could be redone', () => {
    const lab = store();
    const params = () => lab.getState().figures.playground.params;
    lab.getState().setParams('playground', { net: NETWORK_PRESETS.vgg16, show: [3] }, { record: true });
    lab.getState().setParam('playground', 'photo', 'coffee');
    lab.getState().undo('playground');
    expect(params().net).toBe(NETWORK_PRESETS.resnet50);
    expect(params().show).toEqual(SCENES.find((scene) => scene.id === 'playground')?.defaults.show);
    expect(params().photo).toBe('coffee');
    lab.getState().setParams('playground', { net: NETWORK_PRESETS.alexnet }, { record: true });
    lab.getState().redo('playground');
    expect(params().net).toBe(NETWORK_PRESETS.alexnet);
    expect(lab.getState().figures.playground.future).toEqual([]);
  });

  test('resetting a figure can be undone too', () => {
    const lab = store();
    lab.getState().setParams('playground', { net: NETWORK_PRESETS['mobilenet-v1'] }, { record: true });
    lab.getState().resetFigure('playground');
    expect(lab.getState().figures.playground.params.net).toBe(NETWORK_PRESETS.resnet50);
    lab.getState().undo('playground');
    expect(lab.getState().figures.playground.params.net).toBe(NETWORK_PRESETS['mobilenet-v1']);
  });

  test('keeps at most the last 100 edits', () => {
    const lab = store();
    for (let step = 0; step < 130; step += 1)
      lab.getState().setParams('playground', { show: [step % 50] }, { record: true });
    expect(lab.getState().figures.playground.past).toHaveLength(100);
  });
});

describe('undo steps', () => {
  test('changes of one field in quick succession are one step; another field, or a pause, starts a new one', () => {
    const lab = store();
    const at = (ms: number) => vi.setSystemTime(new Date(2026, 11, 1, 12, 0, 0, ms));
    vi.useFakeTimers();
    try {
      const kernel = (value: number, when: number, field = 'layers[0].kernel') => {
        at(when);
        lab.getState().setParams('playground', { show: [value] }, { record: true, coalesce: field });
      };
      // Typing 1, 12, 128 into one field: one step.
      kernel(1, 0);
      kernel(12, 300);
      kernel(128, 600);
      expect(lab.getState().figures.playground.past).toHaveLength(1);
      // Another field: a new step. The first field again after a pause of 2 s: a new step.
      kernel(3, 900, 'layers[1].stride');
      kernel(5, 3000);
      expect(lab.getState().figures.playground.past).toHaveLength(3);
      lab.getState().undo('playground');
      lab.getState().undo('playground');
      lab.getState().undo('playground');
      expect(lab.getState().figures.playground.params.show).toEqual(
        SCENES.find((scene) => scene.id === 'playground')?.defaults.show,
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
