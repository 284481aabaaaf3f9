import { describe, expect, test } from 'vitest';
import type { NetworkSpec } from '../../src/engine';
import { SCENES, sceneById } from '../../src/figures';
import { NETWORK_PRESETS } from '../../src/scenes';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../src/state';
import { encodeBase64Url } from '../../src/state/base64Url';

const own: NetworkSpec = {
  input: { size: [224, 320], channels: 3 },
  layers: [
    { id: 'stem', kind: 'conv', kernel: [7, 5], stride: 2, padding: 'same', channels: 16 },
    { kind: 'pool', op: 'max', kernel: 2 },
    { kind: 'conv', kernel: 3, dilation: 2, padding: [[2, 2], 1] },
  ],
};

function defaults(): UrlState['figures'] {
  return Object.fromEntries(
    SCENES.map((scene) => [scene.id, { params: { ...scene.defaults }, selection: null, question: null }]),
  );
}

const decode = (query: string) => decodeUrlState(query, SCENES);

describe('the playground in a link', () => {
  test('names a preset by id', () => {
    const { state, notices } = decode('?playground.preset=vgg16');
    expect(notices).toEqual([]);
    expect(state.figures.playground.params.net).toEqual(NETWORK_PRESETS.vgg16);
  });

  test('carries any network as base64url of its UTF-8 JSON, and reads plain URI-encoded JSON too', () => {
    const base64 = decode(`?playground.net=${encodeBase64Url(JSON.stringify(own))}`);
    expect(base64.notices).toEqual([]);
    expect(base64.state.figures.playground.params.net).toEqual(own);
    const plain = decode(`?playground.net=${encodeURIComponent(JSON.stringify(own))}`);
    expect(plain.notices).toEqual([]);
    expect(plain.state.figures.playground.params.net).toEqual(own);
  });

  test('writes a preset as its id, the default as nothing, any other network as base64url', () => {
    const figures = defaults();
    expect(encodeUrlState({ figures, language: null, embed: null, theme: null, view: null }, SCENES)).toBe(
      '?v=1',
    );
    // The layers drawn by default follow the network: AlexNet's are conv1, conv2 and pool5 (1, 3, 8).
    const alexnet = { ...figures.playground.params, net: NETWORK_PRESETS.alexnet, show: [1, 3, 8] };
    figures.playground = { params: alexnet, selection: null };
    expect(encodeUrlState({ figures, language: null, embed: null, theme: null, view: null }, SCENES)).toBe(
      '?v=1&playground.preset=alexnet',
    );
    figures.playground = { params: { ...alexnet, show: [2] }, selection: null };
    expect(encodeUrlState({ figures, language: null, embed: null, theme: null, view: null }, SCENES)).toBe(
      '?v=1&playground.preset=alexnet&playground.show=2',
    );
    figures.playground = { params: { ...figures.playground.params, net: own }, selection: null };
    const query = encodeUrlState({ figures, language: null, embed: null, theme: null, view: null }, SCENES);
    const value = new URLSearchParams(query).get('playground.net') ?? '';
    // RFC 4648 §5: only A–Z a–z 0–9 - _, and no = padding.
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))).toEqual(own);
  });

  test('round-trips a network, the drawn layers and a 2D selection (row-major index)', () => {
    const figures = defaults();
    figures.playground = {
      params: { ...figures.playground.params, net: own, show: [1, 3], photo: 'coffee' },
      // Layer 1 is 112 × 160; row 5, column 7 is index 5 · 160 + 7.
      selection: { layer: 1, index: 5 * 160 + 7 },
      question: null,
    };
    const state: UrlState = { figures, language: 'zh', embed: 'playground', theme: null, view: null };
    const query = encodeUrlState(state, SCENES);
    expect(query).toContain('playground.show=1,3');
    expect(query).toContain('playground.sel=1:807');
    const decoded = decode(query);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  test('a network that is not JSON falls back to the default with a notice naming the setting', () => {
    const { state, notices } = decode('?playground.net=not-json!!');
    expect(state.figures.playground.params.net).toEqual(sceneById('playground')?.defaults.net);
    expect(notices).toEqual([
      { key: 'notice.url.badNetwork', values: { param: 'playground.net' }, figure: 'playground' },
    ]);
  });

  test('an unknown preset is named in a notice that lists the presets', () => {
    const { notices } = decode('?playground.preset=googlenet');
    expect(notices[0]).toMatchObject({
      key: 'notice.url.badChoice',
      values: { param: 'playground.preset', value: 'googlenet' },
    });
    expect(String(notices[0].values.options)).toContain('mobilenet-v1');
  });

  test('an impossible layer keeps the layers before it, and says which problem and how many were kept', () => {
    const broken = {
      ...own,
      layers: [...own.layers, { kind: 'conv', kernel: 999 }, { kind: 'conv', kernel: 3 }],
    };
    const { state, notices } = decode(`?playground.net=${encodeBase64Url(JSON.stringify(broken))}`);
    expect(state.figures.playground.params.net).toEqual(own);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      key: 'notice.url.networkCut',
      values: { count: 3 },
      detail: { code: 'windowLargerThanInput', layer: 4 },
    });
  });

  test('an impossible first layer keeps only the input, and says so', () => {
    const broken = { input: { size: [8, 8] }, layers: [{ kind: 'conv', kernel: 9 }] };
    const { state, notices } = decode(`?playground.net=${encodeBase64Url(JSON.stringify(broken))}`);
    expect(state.figures.playground.params.net).toEqual({ input: { size: [8, 8] }, layers: [] });
    expect(notices[0]).toMatchObject({
      key: 'notice.url.networkInputOnly',
      detail: { code: 'windowLargerThanInput', layer: 1 },
    });
  });

  test('a network with no usable input is replaced by the default, with the reason', () => {
    const { state, notices } = decode(
      `?playground.net=${encodeBase64Url('{"input":{"size":[0,5]},"layers":[]}')}`,
    );
    expect(state.figures.playground.params.net).toEqual(NETWORK_PRESETS.resnet50);
    expect(notices[0]).toMatchObject({
      key: 'notice.url.networkReplaced',
      detail: { code: 'outOfRange', layer: 0 },
    });
  });

  test('drawn layers beyond the network are dropped; a list that is not numbers is replaced', () => {
    const beyond = decode('?playground.preset=book-9-4&playground.show=1,2,9');
    expect(beyond.state.figures.playground.params.show).toEqual([1, 2]);
    expect(beyond.notices).toEqual([
      {
        key: 'notice.url.badLayers',
        values: { figure: 'playground', value: '9', layers: 2 },
        figure: 'playground',
      },
    ]);
    const garbage = decode('?playground.show=two,three');
    expect(garbage.state.figures.playground.params.show).toEqual(sceneById('playground')?.defaults.show);
    expect(garbage.notices[0]).toMatchObject({ key: 'notice.url.badLayerList' });
  });

  test("a list that is not numbers falls back to the layers worth drawing of the link's own network", () => {
    // VGG-16's block ends pool1, pool3 and pool5, by their positions in its layer list (from 1).
    const ends = ['pool1', 'pool3', 'pool5'].map(
      (id) => NETWORK_PRESETS.vgg16.layers.findIndex((layer) => layer.id === id) + 1,
    );
    const { state, notices } = decode('?playground.preset=vgg16&playground.show=x');
    expect(state.figures.playground.params.show).toEqual(ends);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      key: 'notice.url.badLayerList',
      values: { fallback: ends.join(',') },
    });
  });

  test('a selection must name a unit of the 2D layer: row-major index below rows × columns', () => {
    // ResNet-50 layer 50 is 7 × 7: indices 0 … 48.
    expect(decode('?playground.sel=50:48').state.figures.playground.selection).toEqual({
      layer: 50,
      index: 48,
    });
    const beyond = decode('?playground.sel=50:49');
    expect(beyond.state.figures.playground.selection).toBeNull();
    expect(beyond.notices[0]).toMatchObject({ key: 'notice.url.badSelection' });
  });
});
