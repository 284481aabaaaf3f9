import type { NetworkSpec } from '../engine';

/** Canonical JSON of objects already written out: specs are never changed in place, so it stays true. */
const written = new WeakMap<object, string>();

/** JSON with object keys in sorted order, so two specs that differ only in key order compare equal. */
function canonicalJson(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const known = written.get(value);
    if (known !== undefined) return known;
    const json = writeCanonical(value);
    written.set(value, json);
    return json;
  }
  return JSON.stringify(value);
}

function writeCanonical(value: object): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** Whether two networks are the same JSON, whatever the order of their keys. */
export function sameNetwork(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** The id of the preset a network is exactly, or null for a network of the user's own. */
export function matchPreset(spec: unknown, presets: Readonly<Record<string, NetworkSpec>>): string | null {
  for (const [id, preset] of Object.entries(presets)) if (sameNetwork(spec, preset)) return id;
  return null;
}
