import type { NetworkSpec } from '../engine';
import { type ParamDefinition, type ParamValue, sameNetwork, type ValueOf } from '../scenes';
import { decodeBase64Url, encodeBase64Url } from './base64Url';
import type { Notice } from './notice';

/** Most layers a `layers` setting lists. */
const MAX_LISTED_LAYERS = 256;

const MAX_SHOWN = 64;
/** A value as a notice quotes it: its first 64 characters. */
export const shown = (value: string) => value.slice(0, MAX_SHOWN);

/** How a link carries one kind of setting. */
export interface ParamCodec<Definition extends ParamDefinition> {
  /**
   * Reads the text a link gives setting `name`. A value it cannot use comes back as `fallback` (or
   * the nearest value it allows), with a notice saying so; a network it cannot read is `undefined`.
   */
  read(
    raw: string,
    name: string,
    definition: Definition,
    fallback: ValueOf<Definition>,
    notices: Notice[],
  ): ValueOf<Definition> | undefined;
  /** The text a link writes for a value. */
  write(value: ValueOf<Definition>): string;
  /** Whether two values are the same setting (lists, matrices and networks compared by content). */
  same(a: ValueOf<Definition>, b: ValueOf<Definition>): boolean;
}

type Kind = ParamDefinition['kind'];
type Codecs = { [K in Kind]: ParamCodec<Extract<ParamDefinition, { kind: K }>> };

/** A matrix as a link writes it: rows separated by `;`, numbers by `,`. */
function writeMatrix(matrix: readonly (readonly number[])[]): string {
  return matrix.map((row) => row.join(',')).join(';');
}

const sameList = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

const identical = <T>(a: T, b: T) => a === b;

function readInteger(
  raw: string,
  name: string,
  definition: { minimum: number; maximum: number },
  fallback: number,
  notices: Notice[],
): number {
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

/** One entry per kind of setting: how a link reads it, writes it, and tells it from its default. */
const PARAM_CODECS: Codecs = {
  integer: { read: readInteger, write: String, same: identical },
  'hidden-integer': { read: readInteger, write: String, same: identical },
  padding: {
    read(raw, name, definition, fallback, notices) {
      if (raw === 'valid' || raw === 'same') return raw;
      // No padding has one spelling in the state: `valid` (a link's `0` is read as it).
      if (/^\d{1,4}$/.test(raw) && Number(raw) <= definition.maximum)
        return Number(raw) === 0 ? 'valid' : Number(raw);
      notices.push({
        key: 'notice.url.badPadding',
        values: { param: name, value: shown(raw), maximum: definition.maximum, fallback: String(fallback) },
      });
      return fallback;
    },
    write: String,
    same: identical,
  },
  choice: {
    read(raw, name, definition, fallback, notices) {
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
    },
    write: String,
    same: identical,
  },
  toggle: {
    read(raw, name, _definition, fallback, notices) {
      if (raw === '1' || raw === 'true') return true;
      if (raw === '0' || raw === 'false') return false;
      notices.push({
        key: 'notice.url.badToggle',
        values: { param: name, value: shown(raw), fallback: fallback ? '1' : '0' },
      });
      return fallback;
    },
    write: (value) => (value ? '1' : '0'),
    same: identical,
  },
  integers: {
    read(raw, name, definition, fallback, notices) {
      const values = raw
        .split(',')
        .map((item) => (/^-?\d{1,6}$/.test(item.trim()) ? Number(item) : Number.NaN));
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
    },
    write: (value) => value.join(','),
    same: sameList,
  },
  matrix: {
    read(raw, name, definition, fallback, notices) {
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
          fallback: writeMatrix(fallback),
        },
      });
      return fallback;
    },
    write: writeMatrix,
    same: (a, b) => a.length === b.length && a.every((row, index) => sameList(row, b[index])),
  },
  layers: {
    read(raw, name, _definition, fallback, notices) {
      const items = raw === '' ? [] : raw.split(',');
      if (items.length <= MAX_LISTED_LAYERS && items.every((item) => /^\d{1,3}$/.test(item))) {
        return [...new Set(items.map(Number))].sort((a, b) => a - b);
      }
      notices.push({
        key: 'notice.url.badLayerList',
        values: { param: name, value: shown(raw), fallback: String(fallback) },
      });
      return fallback;
    },
    write: (value) => value.join(','),
    same: sameList,
  },
  network: {
    // Base64url of its UTF-8 JSON (what the lab writes), or the JSON itself, URI-encoded.
    read(raw, name, _definition, _fallback, notices) {
      const text = raw.trimStart().startsWith('{') ? raw : decodeBase64Url(raw.trim());
      try {
        const value: unknown = text === null ? null : JSON.parse(text);
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as NetworkSpec;
      } catch {
        // Told below.
      }
      notices.push({ key: 'notice.url.badNetwork', values: { param: name } });
      return undefined;
    },
    write: (value) => encodeBase64Url(JSON.stringify(value)),
    same: sameNetwork,
  },
};

/** The link codec of a setting's kind. */
export function paramCodec<Definition extends ParamDefinition>(
  definition: Definition,
): ParamCodec<Definition> {
  // The table is checked entry by entry above; looking one up by a kind the compiler sees only as a union needs this one cast.
  return PARAM_CODECS[definition.kind] as unknown as ParamCodec<Definition>;
}

/** Whether `value` is the setting's `fallback` (its default), compared as its kind compares. */
export function sameParam(definition: ParamDefinition, value: ParamValue, fallback: ParamValue): boolean {
  return paramCodec(definition).same(value as never, fallback as never);
}
