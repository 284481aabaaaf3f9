import { useEffect, useRef } from 'react';
import { themeColour, useThemeVersion } from './theme';

/** Pixels per viewBox unit of the canvas backing store: sharp on 2× screens. */
const SCALE = 2;

/** Lines drawn per stroke() call. */
const LINES_PER_STROKE = 16;

/**
 * Many faint edges drawn on a canvas behind a unit graph, where thousands of SVG elements would be
 * slow to lay out; the canvas is sized to the graph's viewBox and scales with it.
 */
export function EdgeCanvas(props: {
  width: number;
  height: number;
  segments: Float32Array[];
  faded: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const themeVersion = useThemeVersion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of colours repaints too.
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !canvas.current) return;
    const colour = themeColour(canvas.current, '--edge');
    context.setTransform(SCALE, 0, 0, SCALE, 0, 0);
    context.clearRect(0, 0, props.width, props.height);
    context.strokeStyle = colour;
    context.globalAlpha = 0.7;
    context.lineWidth = 0.6;
    // Stroke in small batches: one path of tens of thousands of crossing lines makes the
    // rasteriser resolve every crossing at once, which took seconds in software rendering.
    let inBatch = 0;
    context.beginPath();
    for (const segments of props.segments) {
      for (let offset = 0; offset < segments.length; offset += 4) {
        context.moveTo(segments[offset], segments[offset + 1]);
        context.lineTo(segments[offset + 2], segments[offset + 3]);
        inBatch += 1;
        if (inBatch === LINES_PER_STROKE) {
          context.stroke();
          context.beginPath();
          inBatch = 0;
        }
      }
    }
    context.stroke();
  }, [props.width, props.height, props.segments, themeVersion]);
  return (
    <canvas
      ref={canvas}
      // Fading is a style change, so a new focus never redraws tens of thousands of lines.
      className={props.faded ? 'edge-canvas edge-canvas--faded' : 'edge-canvas'}
      width={props.width * SCALE}
      height={props.height * SCALE}
      data-edge-canvas=""
    />
  );
}
