/**
 * The ArrayBuffers inside a message (typed arrays at any depth), so postMessage can move them
 * instead of copying. Each buffer is listed once.
 */
export function collectTransferables(value: unknown, found: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) collectTransferables(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectTransferables(item, found);
  }
  return [...found];
}
