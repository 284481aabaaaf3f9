import { isLanguage, type Language } from '../i18n';
import {
  defaultTarget,
  type FigureParams,
  type FigureRegistry,
  isQuestionKind,
  isQuestionTarget,
  matchPreset,
  networkSizes,
  type ParamDefinition,
  type ParamValue,
  type Question,
  type SceneDefinition,
  sameNetwork,
  sceneById,
  TARGETLESS_KINDS,
} from '../scenes';
import { decodeBase64Url, encodeBase64Url } from './base64Url';
import type { Notice } from './notice';
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

/** Most layers a `layers` setting lists. */
const MAX_LISTED_LAYERS = 256;

const MAX_SHOWN = 64;
const shown = (value: string) => value.slice(0, MAX_SHOWN);

/**
 * Reads a network from a link value: base64url of its UTF-8 JSON (what the app writes), or the
 * JSON itself, URI-encoded. Returns the parsed object, or null when it is neither.
 */
function readNetwork(raw: string): unknown {
  const text = raw.trimStart().startsWith('{') ? raw : decodeBase64Url(raw.trim());
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function readParam(
  raw: string,
  name: string,
  definition: Exclude<ParamDefinition, { kind: 'network' }>,
  fallback: ParamValue,
  notices: Notice[],
): ParamValue {
  switch (definition.kind) {
    case 'integer':
    case 'hidden-integer': {
      if (!/^-?\d{1,16}$/.test(raw.trim())) {
        notices.push({
          key: 'notice.url.badNumber',
          values: { param: name, value: shown(raw), fallback: String(fallback) },
        });
        return fallback;
      }
      // `-0` is 0: one number, one spelling.
      const value = Number(raw) + 0;
      if (value < definition.minimum || value > definition.maximum) {
        const clamped = Math.min(Math.max(value, definition.minimum), definition.maximum);
        notices.push({
          key: 'notice.url.outOfRange',
          values: {
            param: name,
            value: shown(raw),
            minimum: definition.minimum,
            maximum: definition.maximum,
            fallback: clamped,
          },
        });
        return clamped;
      }
      return value;
    }
    case 'padding': {
      if (raw === 'valid' || raw === 'same') return raw;
      // No padding has one spelling in the state: `valid` (a link's `0` is read as it).
      if (/^\d{1,4}$/.test(raw) && Number(raw) <= definition.maximum)
        return Number(raw) === 0 ? 'valid' : Number(raw);
      notices.push({
        key: 'notice.url.badPadding',
        values: { param: name, value: shown(raw), maximum: definition.maximum, fallback: String(fallback) },
      });
      return fallback;
    }
    case 'choice': {
      if (definition.options.includes(raw)) return raw;
      notices.push({
        key: 'notice.url.badChoice',
        values: {
          param: name,
          value: shown(raw),
          options: definition.options.join(', '),
          fallback: String(fallback),
        },
      });
      return fallback;
    }
    case 'toggle': {
      if (raw === '1' || raw === 'true') return true;
      if (raw === '0' || raw === 'false') return false;
      notices.push({
        key: 'notice.url.badToggle',
        values: { param: name, value: shown(raw), fallback: fallback ? '1' : '0' },
      });
      return fallback;
    }
    case 'integers': {
      const items = raw.split(',');
      const values = items.map((item) => (/^-?\d{1,6}$/.test(item.trim()) ? Number(item) : Number.NaN));
      if (
        values.length === definition.length &&
        values.every((value) => value >= definition.minimum && value <= definition.maximum)
      ) {
        return values;
      }
      notices.push({
        key: 'notice.url.badIntegers',
        values: {
          param: name,
          value: shown(raw),
          length: definition.length,
          minimum: definition.minimum,
          maximum: definition.maximum,
          fallback: String(fallback),
        },
      });
      return fallback;
    }
    case 'matrix': {
      const rows = raw
        .split(';')
        .map((row) =>
          row
            .split(',')
            .map((item) => (/^-?\d{1,6}(\.\d{1,4})?$/.test(item.trim()) ? Number(item) + 0 : Number.NaN)),
        );
      const cols = rows[0].length;
      if (
        rows.length <= definition.maxRows &&
        cols <= definition.maxCols &&
        rows.every(
          (row) =>
            row.length === cols &&
            row.every((value) => value >= definition.minimum && value <= definition.maximum),
        )
      ) {
        return rows;
      }
      notices.push({
        key: 'notice.url.badMatrix',
        values: {
          param: name,
          value: shown(raw),
          rows: definition.maxRows,
          cols: definition.maxCols,
          fallback: writeMatrix(fallback as readonly (readonly number[])[]),
        },
      });
      return fallback;
    }
    case 'layers': {
      const items = raw === '' ? [] : raw.split(',');
      if (items.length <= MAX_LISTED_LAYERS && items.every((item) => /^\d{1,3}$/.test(item))) {
        return [...new Set(items.map(Number))].sort((a, b) => a - b);
      }
      notices.push({
        key: 'notice.url.badLayerList',
        values: { param: name, value: shown(raw), fallback: String(fallback) },
      });
      return fallback;
    }
  }
}

/** Reads a network setting from `<figure>.<name>` (any network) or `<figure>.preset` (a preset id). */
function readNetworkParam(
  search: URLSearchParams,
  scene: SceneDefinition,
  name: string,
  presets: Readonly<Record<string, ParamValue>>,
  notices: Notice[],
): ParamValue | undefined {
  const key = `${scene.id}.${name}`;
  const presetKey = `${scene.id}.${PRESET_KEY}`;
  const raw = search.get(key);
  const preset = search.get(presetKey);
  if (raw !== null) {
    const network = readNetwork(raw);
    if (network !== null) {
      if (preset !== null)
        notices.push({ key: 'notice.url.presetIgnored', values: { param: presetKey, network: key } });
      return network as ParamValue;
    }
    notices.push({ key: 'notice.url.badNetwork', values: { param: key } });
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
      const network = readNetworkParam(search, scene, name, definition.presets, notices);
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
        params[name] = readParam(raw, `${scene.id}.${name}`, definition, fallback, notices);
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
    if (sceneById(rawEmbed, registry)) embed = rawEmbed;
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

/** A matrix as a link writes it: rows separated by `;`, numbers by `,`. */
function writeMatrix(matrix: readonly (readonly number[])[]): string {
  return matrix.map((row) => row.join(',')).join(';');
}

/** Whether a setting has its default value (networks, lists and matrices compared by content). */
function isDefault(value: ParamValue, fallback: ParamValue): boolean {
  if (Array.isArray(value) && Array.isArray(fallback)) {
    return (
      value.length === fallback.length &&
      value.every((item, index) =>
        Array.isArray(item) ? isDefault(item, fallback[index]) : item === fallback[index],
      )
    );
  }
  if (typeof value === 'object' && typeof fallback === 'object') return sameNetwork(value, fallback);
  return value === fallback;
}

/** Writes one figure's settings into `search`, leaving out defaults (those that follow other settings included). */
function writeFigure(search: URLSearchParams, scene: SceneDefinition, figure: UrlFigure): void {
  const defaults: FigureParams = { ...scene.defaults };
  for (const [name, value] of Object.entries(scene.defaultsFor?.(figure.params) ?? {})) {
    if (value !== undefined) defaults[name] = value;
  }
  for (const [name, definition] of Object.entries(scene.params)) {
    const value = figure.params[name];
    if (value === undefined || isDefault(value, defaults[name])) continue;
    if (definition.kind === 'network') {
      const preset = matchPreset(value, definition.presets);
      if (preset !== null) search.set(`${scene.id}.${PRESET_KEY}`, preset);
      else search.set(`${scene.id}.${name}`, encodeBase64Url(JSON.stringify(value)));
    } else if (definition.kind === 'matrix') {
      search.set(`${scene.id}.${name}`, writeMatrix(value as readonly (readonly number[])[]));
    } else if (Array.isArray(value)) {
      search.set(`${scene.id}.${name}`, value.join(','));
    } else {
      search.set(`${scene.id}.${name}`, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
    }
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
