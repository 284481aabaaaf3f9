import { useEffect, useState } from 'react';
import { useLabStore } from '../../state';

const loads = new Map<string, Promise<HTMLImageElement>>();

/** Loads a photo of `public/photos/` once per page (relative to the page, so any deploy path works). */
export function loadPhoto(photo: string): Promise<HTMLImageElement> {
  let load = loads.get(photo);
  if (!load) {
    const image = new Image();
    image.src = `${import.meta.env.BASE_URL}photos/${photo}.jpg`;
    load = image.decode().then(() => image);
    // A failed load may succeed later (e.g. back online): forget it so the next call tries again.
    load.catch(() => loads.delete(photo));
    loads.set(photo, load);
  }
  return load;
}

/**
 * The photo as the network sees it: resampled to the input's `[height, width]`, one canvas pixel per
 * input unit, cropped to the input's shape around its centre. Null while loading, for a 1D network,
 * or when the photo cannot be loaded (a notice says so).
 */
export function usePhoto(photo: string, inputSize: readonly number[] | null): HTMLCanvasElement | null {
  const store = useLabStore();
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [height, width] = inputSize && inputSize.length === 2 ? inputSize : [0, 0];
  useEffect(() => {
    if (height === 0) {
      setCanvas(null);
      return;
    }
    let current = true;
    loadPhoto(photo).then(
      (image) => {
        if (!current) return;
        const resampled = document.createElement('canvas');
        resampled.width = width;
        resampled.height = height;
        const context = resampled.getContext('2d');
        if (!context) return;
        // Cover: scale the photo to fill the input, cropping whichever side is too long.
        const scale = Math.max(width / image.naturalWidth, height / image.naturalHeight);
        const sourceWidth = width / scale;
        const sourceHeight = height / scale;
        context.imageSmoothingQuality = 'high';
        context.drawImage(
          image,
          (image.naturalWidth - sourceWidth) / 2,
          (image.naturalHeight - sourceHeight) / 2,
          sourceWidth,
          sourceHeight,
          0,
          0,
          width,
          height,
        );
        setCanvas(resampled);
      },
      () => {
        if (!current) return;
        setCanvas(null);
        store
          .getState()
          .pushNotices([{ key: 'notice.photo.failed', values: { photo }, figure: 'playground' }]);
      },
    );
    return () => {
      current = false;
    };
  }, [photo, height, width, store]);
  return canvas;
}
