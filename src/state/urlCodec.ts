import { isLanguage, type Language } from '../i18n';
import {
  defaultTarget,
  type FigureParams,
  type FigureRegistry,
  isQuestionKind,
  isQuestionTarget,
  matchPreset,
  type NetworkParam,
  networkSizes,
  type ParamValue,
  type Question,
  type SceneDefinition,
  TARGETLESS_KINDS,
} from '../scenes';
import type { Notice } from './notice';
import { paramCodec, sameParam, shown } from './paramCodecs';
import { type Selection, selectionKey } from './selection';
import { isThemeChoice, type ThemeChoice } from './themeChoice';

/** The version this codec writes; links without `v` are read as this version too. */
export const URL_VERSION = 1;

/** One figure as a link carries it. */
export interface UrlFigure {
  params: FigureParams;
  selection: Selection | null;
  /** The question it asks (predict mode), or null; absent means none. */
  question?: Question | null;
}

/** Everything a link carries. `language` is null when the link does not choose one. */
export interface UrlState {
  figures: Record<string, UrlFigure>;
  language: Language | null;
  /** The figure to show alone (embed mode), or null for the whole page. */
  embed: string | null;
  /** The colours the link asks for (an embed in a light course page), or null to follow the system. */
  theme: ThemeChoice | null;
  /**
   * `figure` shows an embedded figure as a slide does: the drawing, its legend and its settings
   * (folded), scaled to the frame it is given; null shows it whole.
   */
  view: 'figure' | null;
}

/** The link key that names a network preset of a figure: `<figure>.preset`. */
const PRESET_KEY = 'preset';

/** The link keys of a figure's question: `<figure>.ask=<kind>`, `<figure>.target=<layer>:<index>`. */
const ASK_KEY = 'ask';
const TARGET_KEY = 'target';

/** Reads a network setting from `<figure>.<name>` (any network) or `<figure>.preset` (a preset id). */
function readNetworkParam(
  search: URLSearchParams,
  scene: SceneDefinition,
  name: string,
  definition: NetworkParam,
  notices: Notice[],
): ParamValue | undefined {
  const { presets } = definition;
  const key = `${scene.id}.${name}`;
  const presetKey = `${scene.id}.${PRESET_KEY}`;
  const raw = search.get(key);
  const preset = search.get(presetKey);
  if (raw !== null) {
    const network = paramCodec(definition).read(raw, key, definition, scene.defaults[name] as never, notices);
    if (network !== undefined) {
      if (preset !== null)
        notices.push({ key: 'notice.url.presetIgnored', values: { param: presetKey, network: key } });
      return network;
    }
  }
  if (preset === null) return undefined;
  if (Object.hasOwn(presets, preset)) return presets[preset];
  notices.push({
    key: 'notice.url.badChoice',
    values: {
      param: presetKey,
      value: shown(preset),
      options: Object.keys(presets).join(', '),
      fallback: matchPreset(scene.defaults[name], presets as never) ?? '',
    },
  });
  return undefined;
}

function readSelection(
  raw: string,
  name: string,
  sizes: number[][] | null,
  notices: Notice[],
): Selection | null {
  const match = /^(\d{1,3}):(\d{1,7})$/.exec(raw);
  if (match && sizes) {
    const layer = Number(match[1]);
    const index = Number(match[2]);
    if (layer < sizes.length && index < sizes[layer].reduce((a, b) => a * b, 1)) return { layer, index };
  }
  notices.push({ key: 'notice.url.badSelection', values: { param: name, value: shown(raw) } });
  return null;
}

/**
 * Reads a figure's question from `<figure>.ask` and `<figure>.target`: a kind the figure asks, about
 * a target it can ask it of. A question without a target, or with one it cannot ask about, gets the
 * figure's default target; a kind it does not ask is dropped. Every change is a notice.
 */
function readQuestion(
  search: URLSearchParams,
  scene: SceneDefinition,
  params: FigureParams,
  notices: Notice[],
): Question | null {
  // A figure that asks nothing has no such keys: a link that gives them hears so as for any unknown key.
  if (!scene.questions) return null;
  const askKey = `${scene.id}.${ASK_KEY}`;
  const targetKey = `${scene.id}.${TARGET_KEY}`;
  const kind = search.get(askKey);
  const rawTarget = search.get(targetKey);
  if (kind === null) {
    if (rawTarget !== null)
      notices.push({ key: 'notice.url.targetWithoutAsk', values: { param: targetKey, ask: askKey } });
    return null;
  }
  const kinds = scene.questions?.kinds ?? [];
  const fallback = isQuestionKind(kind) && kinds.includes(kind) ? defaultTarget(scene, kind, params) : null;
  if (!isQuestionKind(kind) || fallback === null) {
    notices.push({
      key: 'notice.url.badAsk',
      values: { param: askKey, value: shown(kind), options: kinds.join(', ') },
    });
    if (rawTarget !== null)
      notices.push({ key: 'notice.url.targetWithoutAsk', values: { param: targetKey, ask: askKey } });
    return null;
  }
  if (TARGETLESS_KINDS.has(kind)) {
    if (rawTarget !== null)
      notices.push({ key: 'notice.url.targetNotUsed', values: { param: targetKey, kind } });
    return { kind, target: fallback };
  }
  if (rawTarget === null) return { kind, target: fallback };
  const match = /^(\d{1,3}):(\d{1,7})$/.exec(rawTarget);
  const target = match ? { layer: Number(match[1]), index: Number(match[2]) } : null;
  if (target && isQuestionTarget(scene, kind, params, target)) return { kind, target };
  notices.push({
    key: 'notice.url.badTarget',
    values: { param: targetKey, value: shown(rawTarget), fallback: selectionKey(fallback) },
  });
  return { kind, target: fallback };
}

/** Every key a link may carry for these figures. */
function knownKeys(registry: FigureRegistry): Set<string> {
  const known = new Set(['v', 'lang', 'embed', 'theme', 'view']);
  for (const scene of registry) {
    known.add(`${scene.id}.sel`);
    if (scene.questions) {
      known.add(`${scene.id}.${ASK_KEY}`);
      known.add(`${scene.id}.${TARGET_KEY}`);
    }
    for (const [name, definition] of Object.entries(scene.params)) {
      known.add(`${scene.id}.${name}`);
      if (definition.kind === 'network') known.add(`${scene.id}.${PRESET_KEY}`);
    }
  }
  return known;
}

/**
 * Reads a query string (`location.search`) into the nearest valid state of the figures in
 * `registry`. Never throws: every value that had to be changed or dropped comes back as a specific
 * notice. Figure settings are named `<figure>.<setting>` (e.g. `sparse.kernel=5`), a selection
 * `<figure>.sel=<layer>:<index>` (row-major index), a network `<figure>.net=<base64url JSON>` or
 * `<figure>.preset=<id>`.
 */
export function decodeUrlState(
  query: string,
  registry: FigureRegistry,
): { state: UrlState; notices: Notice[] } {
  const notices: Notice[] = [];
  const search = new URLSearchParams(query);
  const known = knownKeys(registry);
  for (const key of new Set(search.keys())) {
    // A setting of a known figure is told in that figure's section.
    const figure = registry.find((scene) => key.startsWith(`${scene.id}.`))?.id;
    const about = figure ? { figure } : {};
    if (!known.has(key)) {
      notices.push({ key: 'notice.url.unknownParam', values: { param: shown(key) }, ...about });
      continue;
    }
    const count = search.getAll(key).length;
    if (count > 1) {
      notices.push({
        key: 'notice.url.repeated',
        values: { param: key, count, value: shown(search.get(key) ?? '') },
        ...about,
      });
    }
  }
  const version = search.get('v');
  if (version !== null && version !== String(URL_VERSION)) {
    notices.push({ key: 'notice.url.badVersion', values: { value: shown(version), version: URL_VERSION } });
  }
  const figures: Record<string, UrlFigure> = {};
  for (const scene of registry) {
    const firstNotice = notices.length;
    const params: FigureParams = { ...scene.defaults };
    const given = new Set<string>();
    // Networks first: the defaults of the other settings (the layers worth drawing) follow them.
    for (const [name, definition] of Object.entries(scene.params)) {
      if (definition.kind !== 'network') continue;
      const network = readNetworkParam(search, scene, name, definition, notices);
      if (network !== undefined) {
        params[name] = network;
        given.add(name);
      }
    }
    // A setting the link gets wrong falls back to the default that follows its network.
    const derived = scene.defaultsFor?.(params) ?? {};
    for (const [name, definition] of Object.entries(scene.params)) {
      if (definition.kind === 'network') continue;
      const raw = search.get(`${scene.id}.${name}`);
      if (raw !== null) {
        const fallback = derived[name] ?? scene.defaults[name];
        params[name] =
          paramCodec(definition).read(raw, `${scene.id}.${name}`, definition, fallback as never, notices) ??
          fallback;
        given.add(name);
      }
    }
    // Settings the link leaves out take the defaults that follow the settings it gives.
    for (const [name, value] of Object.entries(scene.defaultsFor?.(params) ?? {})) {
      if (!given.has(name) && value !== undefined) params[name] = value;
    }
    const repaired = scene.repair(params);
    for (const change of repaired.changes)
      notices.push({
        key: change.key,
        values: { figure: scene.id, ...change.values },
        detail: change.detail,
      });
    const rawSelection = search.get(`${scene.id}.sel`);
    let selection: Selection | null = null;
    if (rawSelection !== null && rawSelection !== '') {
      const panels = scene.panels(repaired.params);
      const sizes = scene.selectable && panels.length > 0 ? networkSizes(panels[0].spec) : null;
      selection = readSelection(rawSelection, `${scene.id}.sel`, sizes, notices);
    }
    const question = readQuestion(search, scene, repaired.params, notices);
    figures[scene.id] = { params: repaired.params, selection, question };
    for (const notice of notices.slice(firstNotice)) notice.figure = scene.id;
  }
  const rawLanguage = search.get('lang');
  let language: Language | null = null;
  if (rawLanguage !== null) {
    if (isLanguage(rawLanguage)) language = rawLanguage;
    else notices.push({ key: 'notice.url.badLanguage', values: { value: shown(rawLanguage) } });
  }
  const rawEmbed = search.get('embed');
  let embed: string | null = null;
  if (rawEmbed !== null) {
    if (registry.some((scene) => scene.id === rawEmbed)) embed = rawEmbed;
    else notices.push({ key: 'notice.url.badEmbed', values: { value: shown(rawEmbed) } });
  }
  const rawTheme = search.get('theme');
  let theme: ThemeChoice | null = null;
  if (rawTheme !== null) {
    if (isThemeChoice(rawTheme)) theme = rawTheme;
    else notices.push({ key: 'notice.url.badTheme', values: { value: shown(rawTheme) } });
  }
  const rawView = search.get('view');
  let view: 'figure' | null = null;
  if (rawView !== null) {
    if (rawView === 'figure' && embed !== null) view = 'figure';
    else notices.push({ key: 'notice.url.badView', values: { value: shown(rawView) } });
  }
  return { state: { figures, language, embed, theme, view }, notices };
}

/** Writes one figure's settings into `search`, leaving out defaults (those that follow other settings included). */
function writeFigure(search: URLSearchParams, scene: SceneDefinition, figure: UrlFigure): void {
  const defaults: FigureParams = { ...scene.defaults };
  for (const [name, value] of Object.entries(scene.defaultsFor?.(figure.params) ?? {})) {
    if (value !== undefined) defaults[name] = value;
  }
  for (const [name, definition] of Object.entries(scene.params)) {
    const value = figure.params[name];
    if (value === undefined || sameParam(definition, value, defaults[name])) continue;
    // A network that is a preset is written as the preset's id.
    const preset = definition.kind === 'network' ? matchPreset(value, definition.presets) : null;
    if (preset !== null) search.set(`${scene.id}.${PRESET_KEY}`, preset);
    else search.set(`${scene.id}.${name}`, paramCodec(definition).write(value as never));
  }
  if (figure.selection) search.set(`${scene.id}.sel`, selectionKey(figure.selection));
  if (figure.question) {
    search.set(`${scene.id}.${ASK_KEY}`, figure.question.kind);
    if (!TARGETLESS_KINDS.has(figure.question.kind))
      search.set(`${scene.id}.${TARGET_KEY}`, selectionKey(figure.question.target));
  }
}

/**
 * Writes the state of the figures in `registry` as a query string starting with `?`, with only the
 * values that differ from the defaults; `only` limits it to one figure (for embed links).
 */
export function encodeUrlState(state: UrlState, registry: FigureRegistry, only?: string): string {
  const search = new URLSearchParams();
  search.set('v', String(URL_VERSION));
  if (state.embed) search.set('embed', state.embed);
  for (const scene of registry) {
    if (only && scene.id !== only) continue;
    const figure = state.figures[scene.id];
    if (figure) writeFigure(search, scene, figure);
  }
  if (state.language) search.set('lang', state.language);
  if (state.theme) search.set('theme', state.theme);
  if (state.view && state.embed) search.set('view', state.view);
  return `?${search.toString().replaceAll('%3A', ':').replaceAll('%2C', ',')}`;
}
