import type { LayerSpec, NetworkSpec } from '../engine';
import { matchPreset } from './matchPreset';
import { nearestValidNetwork } from './nearestValidNetwork';
import { networkSizes } from './networkSizes';
import { NETWORK_PRESETS, type NetworkPresetId, PRESET_END_POINTS } from './presets';
import { defineScene, type Text } from './sceneTypes';

/** The photos the playground can draw under its grids (files in `public/photos/`, see ATTRIBUTION.md). */
export const PLAYGROUND_PHOTOS = ['chelsea', 'coffee', 'astronaut'] as const;

/** The most layers {@link suggestedLayers} proposes to draw. */
const SUGGESTED_LAYERS = 3;

/**
 * Layers worth drawing first: a preset's published end points; for any other network the last
 * layer at each resolution (just before the grid gets coarser), spread over the depth of the
 * network, at most three; the last layer for a network that never changes resolution. Layer 0, the
 * input, is always drawn and not listed.
 */
export function suggestedLayers(spec: NetworkSpec): number[] {
  const preset = matchPreset(spec, NETWORK_PRESETS) as NetworkPresetId | null;
  if (preset) {
    return PRESET_END_POINTS[preset].map((id) => spec.layers.findIndex((layer) => layer.id === id) + 1);
  }
  const sizes = networkSizes(spec);
  if (!sizes || sizes.length < 2) return [];
  const units = sizes.map((size) => size.reduce((a, b) => a * b, 1));
  const lastOfResolution: number[] = [];
  for (let layer = 1; layer < sizes.length; layer += 1) {
    if (layer === sizes.length - 1 || units[layer + 1] < units[layer]) lastOfResolution.push(layer);
  }
  // Single-unit layers (a classifier) show nothing of the picture's structure; skip them when others exist.
  const spatial = lastOfResolution.filter((layer) => units[layer] > 1);
  const candidates = spatial.length > 0 ? spatial : lastOfResolution;
  if (candidates.length <= SUGGESTED_LAYERS) return candidates;
  const picks = new Set<number>();
  for (let pick = 0; pick < SUGGESTED_LAYERS; pick += 1) {
    picks.add(candidates[Math.round((pick * (candidates.length - 1)) / (SUGGESTED_LAYERS - 1))]);
  }
  return [...picks];
}

/** Letters for the layers of a 1D network drawn as a unit graph: x, then h, g, f … as in fig. 9.4. */
function networkLetters(layers: readonly LayerSpec[]): string[] {
  const letters = ['h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'];
  return ['x', ...layers.map((_, layer) => letters[layer] ?? 'z')];
}

/** Most units a 1D network may have to be drawn as a unit graph with its edges; larger ones are drawn as strips. */
const MAX_GRAPH_UNITS = 1500;

/** Whether the playground draws a network of these layer sizes as a unit graph (small 1D) rather than grids. */
export function drawnAsGraph(sizes: readonly (readonly number[])[]): boolean {
  const units = sizes.reduce((total, size) => total + size.reduce((a, b) => a * b, 1), 0);
  return sizes[0]?.length === 1 && units <= MAX_GRAPH_UNITS;
}

/** Every layer's receptive field in a real network, drawn as pixel grids over a photo. */
export const playgroundScene = defineScene({
  id: 'playground',
  book: { section: '9.2', figures: ['9.4'] },
  heading: 'playground.heading',
  caption: 'playground.caption',
  selectable: true,
  // Fig. 9.4 as a network (x, h, g), with g₃ picked out.
  asInTheBook: {
    params: { net: NETWORK_PRESETS['book-9-4'], show: suggestedLayers(NETWORK_PRESETS['book-9-4']) },
    selection: { layer: 2, index: 2 },
  },
  // A cell's field as a box on the input (or units, for a small 1D network drawn as a graph), and a
  // layer's r, S and P; the question's layer is one the figure draws.
  questions: { kinds: ['field', 'size'], drawnLayers: (params: { show: readonly number[] }) => params.show },
  params: {
    net: { kind: 'network', presets: NETWORK_PRESETS },
    photo: {
      kind: 'choice',
      label: 'controls.photo',
      options: PLAYGROUND_PHOTOS,
      optionPrefix: 'controls.photo',
      // A 1D network has no picture.
      active: {
        when: (params) => Array.isArray((params.net as NetworkSpec).input?.size),
        note: 'controls.photo.inactive',
      },
    },
    show: { kind: 'layers' },
  },
  defaults: {
    net: NETWORK_PRESETS.resnet50,
    photo: 'chelsea',
    show: suggestedLayers(NETWORK_PRESETS.resnet50),
  },
  defaultsFor: (params) => ({ show: suggestedLayers(params.net) }),
  panels: (params) => [
    {
      id: 'net',
      title: { key: 'playground.panel' },
      spec: params.net,
      letters: networkLetters(params.net.layers ?? []),
      // A 1D network is drawn as a unit graph with its edges; a 2D one as pixel grids.
      connections: typeof params.net.input?.size === 'number',
    },
  ],
  repair: (params) => {
    const changes: Text[] = [];
    const nearest = nearestValidNetwork(params.net, NETWORK_PRESETS.resnet50);
    if (nearest.issue) {
      changes.push({
        key:
          nearest.kept < 0
            ? 'notice.url.networkReplaced'
            : nearest.kept === 0
              ? 'notice.url.networkInputOnly'
              : 'notice.url.networkCut',
        values: { count: nearest.kept },
        detail: nearest.issue,
      });
    }
    const layers = nearest.spec.layers.length;
    const show = params.show.filter((layer) => layer >= 1 && layer <= layers);
    if (show.length < params.show.length) {
      changes.push({
        key: 'notice.url.badLayers',
        values: { value: params.show.filter((layer) => !show.includes(layer)).join(', '), layers },
      });
    }
    return { params: { ...params, net: nearest.spec, show }, changes };
  },
});
