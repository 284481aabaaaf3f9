import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n';
import { EDGES_IMAGE_SIZE } from '../../scenes';
import { drawCover, type GreyImage, greyFromRgba } from './greyImage';

/** What the camera is doing. */
export type CameraState = { phase: 'off' } | { phase: 'starting' } | { phase: 'live' };

/** A camera frame as the figure computes on it, with when it was captured (performance.now()). */
export interface CameraFrame {
  image: GreyImage;
  capturedAt: number;
  /** Milliseconds spent drawing the frame and turning it grey. */
  captureMs: number;
}

/** Why the camera could not start, as a message key of the page's notice list. */
function failureKey(error: unknown): MessageKey {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'notice.camera.denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'notice.camera.none';
  return 'notice.camera.failed';
}

/**
 * The camera as a source of greyscale frames at the figure's 280 × 320, cropped about the centre.
 * A new frame is taken only once the previous one has been shown (`ready()`), so frames never
 * queue up behind a slow machine. Nothing leaves the browser.
 */
export function useCamera(onFrame: (frame: CameraFrame) => void, onError: (key: MessageKey) => void) {
  const [state, setState] = useState<CameraState>({ phase: 'off' });
  const stream = useRef<MediaStream | null>(null);
  const video = useRef<HTMLVideoElement | null>(null);
  const waiting = useRef(false);
  const frameRequest = useRef(0);
  const latest = useRef({ onFrame, onError });
  latest.current = { onFrame, onError };

  const stop = useCallback(() => {
    cancelAnimationFrame(frameRequest.current);
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    video.current = null;
    waiting.current = false;
    setState({ phase: 'off' });
  }, []);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      latest.current.onError('notice.camera.none');
      return;
    }
    setState({ phase: 'starting' });
    try {
      const [height, width] = EDGES_IMAGE_SIZE;
      const media = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: width * 2 }, height: { ideal: height * 2 } },
        audio: false,
      });
      const element = document.createElement('video');
      element.muted = true;
      element.playsInline = true;
      element.srcObject = media;
      await element.play();
      stream.current = media;
      video.current = element;
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('No 2D canvas context.');
      const grey = () => new Float32Array(width * height);
      const tick = () => {
        frameRequest.current = requestAnimationFrame(tick);
        const source = video.current;
        if (!source || waiting.current || source.readyState < 2 || source.videoWidth === 0) return;
        const capturedAt = performance.now();
        drawCover(context, source, source.videoWidth, source.videoHeight, width, height);
        const values = greyFromRgba(context.getImageData(0, 0, width, height).data, grey());
        waiting.current = true;
        latest.current.onFrame({
          image: { values, size: [height, width], photo: null, name: 'camera' },
          capturedAt,
          captureMs: performance.now() - capturedAt,
        });
      };
      setState({ phase: 'live' });
      tick();
    } catch (error) {
      stop();
      latest.current.onError(failureKey(error));
    }
  }, [stop]);

  /** The frame last handed out has been shown: the next one may be taken. */
  const ready = useCallback(() => {
    waiting.current = false;
  }, []);

  useEffect(() => stop, [stop]);
  return { state, start, stop, ready };
}
