/**
 * Decodes one part of an address (a query value, the `#fragment`) as browsers do, and never
 * throws: each `%XX` becomes the byte it names, the bytes are read as UTF-8, and what is not valid
 * UTF-8 (`%E0%A4%A`, `%FF`) becomes U+FFFD; a `%` not followed by two hex digits stays as it is.
 * This is the WHATWG URL standard's percent-decode and UTF-8 decode, which `URLSearchParams` uses
 * for the query, so the fragment is read the same way (`decodeURIComponent` throws on those).
 */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  const bytes = new TextEncoder().encode(text);
  const decoded = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    const escaped = byte === PERCENT && index + 2 < bytes.length;
    const high = escaped ? hexValue(bytes[index + 1]) : -1;
    const low = escaped ? hexValue(bytes[index + 2]) : -1;
    if (high >= 0 && low >= 0) {
      decoded[length++] = high * 16 + low;
      index += 2;
    } else {
      decoded[length++] = byte;
    }
  }
  return new TextDecoder('utf-8').decode(decoded.subarray(0, length));
}

const PERCENT = 0x25;

/** The value of an ASCII hex digit's byte, or −1 for any other byte. */
function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  return -1;
}
