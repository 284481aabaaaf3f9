import type { MessageKey, MessageValues } from '../../i18n';
import { type GreyImage, greyImageOf } from './greyImage';
import { readImageHeader } from './imageHeader';
import { workingSize } from './workingSize';

/** Most pixels a file may declare before it is decoded at all. */
export const MAX_DECODED_PIXELS = 40_000_000;
/** Longest side a file may declare (browsers refuse larger canvases). */
export const MAX_DECODED_SIDE = 16_384;
/** Largest file read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** An image read, or why not, as a message of the page's notice list. */
export type ImageReadResult =
  | { ok: true; image: GreyImage }
  | { ok: false; key: MessageKey; values: MessageValues };

/** Script in an SVG: a script element, an event handler attribute, or a javascript: link. */
const SVG_SCRIPT = /<script[\s>]|\son[a-z]+\s*=|javascript:/i;

function decodeSvg(file: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.src = url;
  return image
    .decode()
    .then(() => image)
    .finally(() => URL.revokeObjectURL(url));
}

/**
 * Reads an image file of the user's into a greyscale image, in this browser only. Refuses, each
 * with its own message: an empty file, a file that is not an image, an SVG that carries script, an
 * image whose header declares more pixels than can be decoded safely (checked before decoding), an
 * image smaller than 2 × 2, and a file that fails to decode.
 */
export async function readImageFile(file: File): Promise<ImageReadResult> {
  const name = file.name || 'image';
  // The image as computed on, remembering the file's size when it had to be scaled down.
  const taken = (source: CanvasImageSource, width: number, height: number): ImageReadResult => {
    const size = workingSize(width, height);
    const image = greyImageOf(source, width, height, size, null, name);
    const scaled = size[0] !== height || size[1] !== width;
    return { ok: true, image: scaled ? { ...image, fileSize: [height, width] } : image };
  };
  if (file.size === 0) return { ok: false, key: 'notice.image.empty', values: { name } };
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      key: 'notice.image.fileTooLarge',
      values: { name, megabytes: MAX_FILE_BYTES / 2 ** 20 },
    };
  }
  let header = readImageHeader(new Uint8Array(await file.slice(0, 65_536).arrayBuffer()));
  // A JPEG's frame header can sit after a large embedded thumbnail: look through the whole file.
  if (header.format === 'jpeg' && header.size === null) {
    header = readImageHeader(new Uint8Array(await file.arrayBuffer()));
  }
  if (header.format === 'unknown') return { ok: false, key: 'notice.image.notImage', values: { name } };
  if (header.format === 'svg') {
    if (SVG_SCRIPT.test(await file.text()))
      return { ok: false, key: 'notice.image.svgScript', values: { name } };
    try {
      const image = await decodeSvg(file);
      const width = image.naturalWidth || 300;
      const height = image.naturalHeight || 150;
      return taken(image, width, height);
    } catch {
      return { ok: false, key: 'notice.image.corrupt', values: { name } };
    }
  }
  const { size } = header;
  if (size) {
    if (
      size.width * size.height > MAX_DECODED_PIXELS ||
      Math.max(size.width, size.height) > MAX_DECODED_SIDE
    ) {
      return {
        ok: false,
        key: 'notice.image.tooLarge',
        values: { name, width: size.width, height: size.height, megapixels: MAX_DECODED_PIXELS / 1e6 },
      };
    }
    if (size.width < 2 || size.height < 2) {
      return {
        ok: false,
        key: 'notice.image.tooSmall',
        values: { name, width: size.width, height: size.height },
      };
    }
  }
  try {
    const bitmap = await createImageBitmap(file);
    try {
      const { width, height } = bitmap;
      if (width < 2 || height < 2)
        return { ok: false, key: 'notice.image.tooSmall', values: { name, width, height } };
      return taken(bitmap, width, height);
    } finally {
      bitmap.close();
    }
  } catch {
    return { ok: false, key: 'notice.image.corrupt', values: { name } };
  }
}
