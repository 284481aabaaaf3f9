import { validateNetwork } from '../engine';
import { isLanguage, type Language } from '../i18n';
import { SPARSE_DEFAULTS, SPARSE_LIMITS, type SparseFigureParams, sparseConvSpec } from '../scenes/sparse';
import type { Notice } from './notice';
import type { Selection } from './selection';

/** The version this codec writes; links without `v` are read as this version too. */
export const URL_VERSION = 1;

/** Everything a link carries. `language` is null when the link does not choose one. */
export interface UrlState {
  params: SparseFigureParams;
  selection: Selection | null;
  language: Language | null;
}

const KNOWN_PARAMS = new Set(['v', 'm', 'k', 'stride', 'dilation', 'padding', 'sel', 'lang']);
const NUMERIC_PARAMS = [
  ['m', 'inputLength'],
  ['k', 'kernel'],
  ['stride', 'stride'],
  ['dilation', 'dilation'],
] as const;
const MAX_PARAM_LENGTH = 64;

function readInteger(
  search: URLSearchParams,
  param: string,
  limits: { minimum: number; maximum: number },
  fallback: number,
  notices: Notice[],
): number {
  const raw = search.get(param);
  if (raw === null) return fallback;
  const shown = raw.slice(0, MAX_PARAM_LENGTH);
  if (!/^-?\d+$/.test(raw.trim())) {
    notices.push({ key: 'notice.url.badNumber', values: { param, value: shown, fallback } });
    return fallback;
  }
  const value = Number(raw);
  if (value < limits.minimum || value > limits.maximum) {
    const clamped = Math.min(Math.max(value, limits.minimum), limits.maximum);
    notices.push({
      key: 'notice.url.outOfRange',
      values: { param, value: shown, minimum: limits.minimum, maximum: limits.maximum, fallback: clamped },
    });
    return clamped;
  }
  return value;
}

function readPadding(search: URLSearchParams, notices: Notice[]): SparseFigureParams['padding'] {
  const raw = search.get('padding');
  if (raw === null) return SPARSE_DEFAULTS.padding;
  if (raw === 'valid' || raw === 'same') return raw;
  const { maximum } = SPARSE_LIMITS.padding;
  if (/^\d+$/.test(raw) && Number(raw) <= maximum) return Number(raw);
  notices.push({
    key: 'notice.url.badPadding',
    values: { value: raw.slice(0, MAX_PARAM_LENGTH), maximum, fallback: String(SPARSE_DEFAULTS.padding) },
  });
  return SPARSE_DEFAULTS.padding;
}

/** Output count of the figure's convolution, or 0 when the layer is impossible. */
function convOutputs(params: SparseFigureParams): number {
  const result = validateNetwork(sparseConvSpec(params));
  return result.ok ? result.network.sizes[1][0] : 0;
}

/**
 * Reads a query string (`location.search`) into the nearest valid state. Never throws: every value
 * that had to be changed or dropped comes back as a specific notice.
 */
export function decodeUrlState(query: string): { state: UrlState; notices: Notice[] } {
  const notices: Notice[] = [];
  let search: URLSearchParams;
  try {
    search = new URLSearchParams(query);
  } catch {
    search = new URLSearchParams();
  }
  for (const key of new Set(search.keys())) {
    if (!KNOWN_PARAMS.has(key)) {
      notices.push({ key: 'notice.url.unknownParam', values: { param: key.slice(0, MAX_PARAM_LENGTH) } });
    }
  }
  const version = search.get('v');
  if (version !== null && version !== String(URL_VERSION)) {
    notices.push({
      key: 'notice.url.badVersion',
      values: { value: version.slice(0, MAX_PARAM_LENGTH), version: URL_VERSION },
    });
  }
  const params: SparseFigureParams = { ...SPARSE_DEFAULTS };
  for (const [param, field] of NUMERIC_PARAMS) {
    params[field] = readInteger(search, param, SPARSE_LIMITS[field], SPARSE_DEFAULTS[field], notices);
  }
  params.padding = readPadding(search, notices);
  if (convOutputs(params) === 0) {
    // The nearest possible layer: the widest kernel that still fits the padded input.
    const requested = params.kernel;
    while (params.kernel > 1 && convOutputs(params) === 0) params.kernel -= 1;
    notices.push({
      key: 'notice.url.impossibleLayer',
      values: { value: requested, fallback: params.kernel },
    });
  }
  const language = readLanguage(search, notices);
  return { state: { params, selection: readSelection(search, params, notices), language }, notices };
}

function readLanguage(search: URLSearchParams, notices: Notice[]): Language | null {
  const raw = search.get('lang');
  if (raw === null) return null;
  if (isLanguage(raw)) return raw;
  notices.push({ key: 'notice.url.badLanguage', values: { value: raw.slice(0, MAX_PARAM_LENGTH) } });
  return null;
}

function readSelection(
  search: URLSearchParams,
  params: SparseFigureParams,
  notices: Notice[],
): Selection | null {
  const raw = search.get('sel');
  if (raw === null || raw === '') return null;
  const match = /^([01]):(\d{1,4})$/.exec(raw);
  const sizes = [params.inputLength, convOutputs(params)];
  if (match) {
    const layer = Number(match[1]);
    const index = Number(match[2]);
    if (index < sizes[layer]) return { layer, index };
  }
  notices.push({ key: 'notice.url.badSelection', values: { value: raw.slice(0, MAX_PARAM_LENGTH) } });
  return null;
}

/** Writes the state as a query string starting with `?`, with only the values that differ from the defaults. */
export function encodeUrlState(state: UrlState): string {
  const search = new URLSearchParams();
  search.set('v', String(URL_VERSION));
  for (const [param, field] of NUMERIC_PARAMS) {
    if (state.params[field] !== SPARSE_DEFAULTS[field]) search.set(param, String(state.params[field]));
  }
  if (state.params.padding !== SPARSE_DEFAULTS.padding) search.set('padding', String(state.params.padding));
  if (state.selection) search.set('sel', `${state.selection.layer}:${state.selection.index}`);
  if (state.language) search.set('lang', state.language);
  return `?${search.toString().replaceAll('%3A', ':')}`;
}
