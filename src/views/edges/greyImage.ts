/** A greyscale image as the edge figure computes on it: values k / 255 in [0, 1], row-major. */
export interface GreyImage {
  values: Float32Array;
  /** `[height, width]`. */
  size: [number, number];
  /** The built-in photo's id, or null for an image of the user's (which no link carries). */
  photo: string | null;
  /** A file name, "camera", or the photo's id. */
  name: string;
  /** The file's own `[height, width]`, when it was scaled down to the size computed on. */
  fileSize?: [number, number];
}

/**
 * Greyscale of RGBA pixels: Rec. 601 luma (0.299 R + 0.587 G + 0.114 B), over white where the
 * image is transparent, rounded to one of 256 levels, so every value is exactly k / 255.
 */
export function greyFromRgba(rgba: Uint8ClampedArray, out: Float32Array): Float32Array {
  for (let pixel = 0, at = 0; pixel < out.length; pixel += 1, at += 4) {
    const alpha = rgba[at + 3] / 255;
    const luma = 0.299 * rgba[at] + 0.587 * rgba[at + 1] + 0.114 * rgba[at + 2];
    out[pixel] = Math.round(alpha * luma + (1 - alpha) * 255) / 255;
  }
  return out;
}

/** Draws `source` to cover a `width × height` context, scaled and cropped about its centre. */
export function drawCover(
  context: CanvasRenderingContext2D,
  source: CanvasImageSource,
  sourceWidth: number,
  sourceHeight: number,
  width: number,
  height: number,
): void {
  const scale = Math.max(width / sourceWidth, height / sourceHeight);
  const cropWidth = width / scale;
  const cropHeight = height / scale;
  context.drawImage(
    source,
    (sourceWidth - cropWidth) / 2,
    (sourceHeight - cropHeight) / 2,
    cropWidth,
    cropHeight,
    0,
    0,
    width,
    height,
  );
}

/**
 * Draws `source` (of `sourceWidth × sourceHeight`) into a `width × height` greyscale image,
 * scaled to cover it and cropped about the centre when the shapes differ.
 */
export function greyImageOf(
  source: CanvasImageSource,
  sourceWidth: number,
  sourceHeight: number,
  size: [number, number],
  photo: string | null,
  name: string,
): GreyImage {
  const [height, width] = size;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas context.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  drawCover(context, source, sourceWidth, sourceHeight, width, height);
  const values = greyFromRgba(
    context.getImageData(0, 0, width, height).data,
    new Float32Array(width * height),
  );
  return { values, size: [height, width], photo, name };
}
