import { useEffect, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { type EdgeKernel, edgeGeometry } from '../../scenes';
import { useEngine, useLabStore } from '../../state';
import { loadPhoto } from '../playground/usePhoto';
import { type GreyImage, greyImageOf } from './greyImage';
import { reportEngineFailure } from './reportEngineFailure';

/** An edge map as the worker computed it, with what it was computed from. */
export interface EdgeMap {
  image: GreyImage;
  kernel: EdgeKernel;
  values: Float32Array;
  /** `[height, width]` of the map. */
  size: [number, number];
  /** The worker's time for the convolution, in milliseconds. */
  elapsedMs: number;
}

const photos = new Map<string, GreyImage>();

/** A built-in photo in greyscale at `size`, cropped about its centre; kept once made. */
export function usePhotoImage(photo: string, size: [number, number]): GreyImage | null {
  const store = useLabStore();
  const key = `${photo}@${size.join('x')}`;
  const [image, setImage] = useState<GreyImage | null>(() => photos.get(key) ?? null);
  useEffect(() => {
    const kept = photos.get(key);
    if (kept) {
      setImage(kept);
      return;
    }
    let current = true;
    loadPhoto(photo).then(
      (element) => {
        if (!current) return;
        const grey = greyImageOf(element, element.naturalWidth, element.naturalHeight, size, photo, photo);
        photos.set(key, grey);
        setImage(grey);
      },
      () => {
        if (current)
          store.getState().pushNotices([{ key: 'notice.photo.failed', values: { photo }, figure: 'edges' }]);
      },
    );
    return () => {
      current = false;
    };
  }, [key, photo, size, store]);
  return image;
}

/**
 * The edge map of `image` with `kernel`, computed by the engine's worker (the latest request wins).
 * The previous map stays until the new one arrives. `timed`: the worker times the convolution warm,
 * over about 10 ms of repeated runs (too long for a camera frame).
 */
export function useEdgeMap(image: GreyImage | null, kernel: EdgeKernel, timed = true): EdgeMap | null {
  const { client } = useEngine();
  const store = useLabStore();
  const [map, setMap] = useState<EdgeMap | null>(null);
  // Asked before the browser paints (not after, as an effect would): a camera frame's edges arrive
  // a frame sooner.
  useLayoutEffect(() => {
    if (!image) return;
    let current = true;
    client
      .request(
        'correlate',
        {
          input: image.values,
          inputSize: image.size,
          kernel: Float32Array.from(kernel.weights),
          geometry: edgeGeometry(kernel),
          timingRuns: timed ? 5 : 0,
        },
        { lane: 'edges:map' },
      )
      .then(
        (answer) => {
          if (!current || !answer.ok) return;
          const [height, width] = answer.output.size;
          const next = {
            image,
            kernel,
            values: answer.output.values,
            size: [height, width] as [number, number],
            elapsedMs: answer.elapsedMs,
          };
          // A live frame is drawn as soon as its edges arrive, not on a later task.
          if (timed) setMap(next);
          else flushSync(() => setMap(next));
        },
        (error) => {
          if (current) reportEngineFailure(store, error);
        },
      );
    return () => {
      current = false;
    };
  }, [client, image, kernel, store, timed]);
  return map;
}
