import { isLanguage, type Language } from '../i18n';
import {
  type FigureParams,
  networkSizes,
  type ParamDefinition,
  type ParamValue,
  SCENES,
  sceneById,
} from '../scenes';
import type { Notice } from './notice';
import { type Selection, selectionKey } from './selection';

/** The version this codec writes; links without `v` are read as this version too. */
export const URL_VERSION = 1;

/** One figure as a link carries it. */
export interface UrlFigure {
  params: FigureParams;
  selection: Selection | null;
}

/** Everything a link carries. `language` is null when the link does not choose one. */
export interface UrlState {
  figures: Record<string, UrlFigure>;
  language: Language | null;
  /** The figure to show alone (embed mode), or null for the whole page. */
  embed: string | null;
}

const MAX_SHOWN = 64;
const shown = (value: string) => value.slice(0, MAX_SHOWN);

function readParam(
  raw: string,
  name: string,
  definition: ParamDefinition,
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
      const value = Number(raw);
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
      if (/^\d{1,4}$/.test(raw) && Number(raw) <= definition.maximum) return Number(raw);
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
  }
}

function writeParam(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

function readSelection(
  raw: string,
  name: string,
  sizes: number[][] | null,
  notices: Notice[],
): Selection | null {
  const match = /^(\d{1,2}):(\d{1,6})$/.exec(raw);
  if (match && sizes) {
    const layer = Number(match[1]);
    const index = Number(match[2]);
    if (layer < sizes.length && index < sizes[layer].reduce((a, b) => a * b, 1)) return { layer, index };
  }
  notices.push({ key: 'notice.url.badSelection', values: { param: name, value: shown(raw) } });
  return null;
}

/**
 * Reads a query string (`location.search`) into the nearest valid state. Never throws: every value
 * that had to be changed or dropped comes back as a specific notice. Figure settings are named
 * `<figure>.<setting>` (e.g. `sparse.kernel=5`), a selection `<figure>.sel=<layer>:<index>`.
 */
export function decodeUrlState(query: string): { state: UrlState; notices: Notice[] } {
  const notices: Notice[] = [];
  const search = new URLSearchParams(query);
  const known = new Set(['v', 'lang', 'embed']);
  for (const scene of SCENES) {
    known.add(`${scene.id}.sel`);
    for (const name of Object.keys(scene.params)) known.add(`${scene.id}.${name}`);
  }
  for (const key of new Set(search.keys())) {
    if (!known.has(key)) notices.push({ key: 'notice.url.unknownParam', values: { param: shown(key) } });
  }
  const version = search.get('v');
  if (version !== null && version !== String(URL_VERSION)) {
    notices.push({ key: 'notice.url.badVersion', values: { value: shown(version), version: URL_VERSION } });
  }
  const figures: Record<string, UrlFigure> = {};
  for (const scene of SCENES) {
    const params: FigureParams = { ...scene.defaults };
    for (const [name, definition] of Object.entries(scene.params)) {
      const raw = search.get(`${scene.id}.${name}`);
      if (raw !== null)
        params[name] = readParam(raw, `${scene.id}.${name}`, definition, scene.defaults[name], notices);
    }
    const repaired = scene.repair(params);
    for (const change of repaired.changes)
      notices.push({ key: change.key, values: { figure: scene.id, ...change.values } });
    const rawSelection = search.get(`${scene.id}.sel`);
    let selection: Selection | null = null;
    if (rawSelection !== null && rawSelection !== '') {
      const panels = scene.panels(repaired.params);
      const sizes = scene.selectable && panels.length > 0 ? networkSizes(panels[0].spec) : null;
      selection = readSelection(rawSelection, `${scene.id}.sel`, sizes, notices);
    }
    figures[scene.id] = { params: repaired.params, selection };
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
    if (sceneById(rawEmbed)) embed = rawEmbed;
    else notices.push({ key: 'notice.url.badEmbed', values: { value: shown(rawEmbed) } });
  }
  return { state: { figures, language, embed }, notices };
}

/**
 * Writes the state as a query string starting with `?`, with only the values that differ from the
 * defaults; `only` limits it to one figure (for embed links).
 */
export function encodeUrlState(state: UrlState, only?: string): string {
  const search = new URLSearchParams();
  search.set('v', String(URL_VERSION));
  if (state.embed) search.set('embed', state.embed);
  for (const scene of SCENES) {
    if (only && scene.id !== only) continue;
    const figure = state.figures[scene.id];
    if (!figure) continue;
    for (const name of Object.keys(scene.params)) {
      const value = figure.params[name];
      if (value !== undefined && value !== scene.defaults[name])
        search.set(`${scene.id}.${name}`, writeParam(value));
    }
    if (figure.selection) search.set(`${scene.id}.sel`, selectionKey(figure.selection));
  }
  if (state.language) search.set('lang', state.language);
  return `?${search.toString().replaceAll('%3A', ':')}`;
}
