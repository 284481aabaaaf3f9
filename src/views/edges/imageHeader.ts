/** What the first bytes of a file say it is, and its pixel size when the header gives it. */
export interface ImageHeader {
  format: 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'svg' | 'unknown';
  /** Width and height in pixels, or null when the header does not say (or is cut short). */
  size: { width: number; height: number } | null;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/** JPEG: the first start-of-frame marker (SOF0 … SOF15 but DHT, JPG and DAC) holds height and width. */
function jpegSize(bytes: Uint8Array, view: DataView): ImageHeader['size'] {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** WebP: the size from a lossy (VP8), lossless (VP8L) or extended (VP8X) first chunk. */
function webpSize(bytes: Uint8Array, view: DataView): ImageHeader['size'] {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const read24 = (at: number) => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
    return { width: read24(24) + 1, height: read24(27) + 1 };
  }
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  return null;
}

/**
 * Reads a file's format and pixel size from its first bytes, without decoding it, so an image too
 * large to decode safely (a 20,000 × 20,000 PNG is 1.6 GB of pixels) can be refused first.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && ascii(bytes, 1, 3) === 'PNG' && ascii(bytes, 12, 4) === 'IHDR') {
    return { format: 'png', size: { width: view.getUint32(16), height: view.getUint32(20) } };
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { format: 'jpeg', size: jpegSize(bytes, view) };
  }
  if (bytes.length >= 10 && ascii(bytes, 0, 4) === 'GIF8') {
    return { format: 'gif', size: { width: view.getUint16(6, true), height: view.getUint16(8, true) } };
  }
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return { format: 'webp', size: webpSize(bytes, view) };
  }
  if (bytes.length >= 26 && ascii(bytes, 0, 2) === 'BM') {
    return {
      format: 'bmp',
      size: { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) },
    };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (/<svg[\s>]/i.test(text)) return { format: 'svg', size: null };
  return { format: 'unknown', size: null };
}
