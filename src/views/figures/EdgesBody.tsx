import type { ReactNode } from 'react';
import '../edges/messages';
import {
  type ClipboardEvent,
  type DragEvent,
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { analyzeNetwork, type OutputWindow, outputWindow, traceField, unitPosition } from '../../engine';
import { formatMeasure, type MessageKey, type MessageValues } from '../../i18n';
import {
  chosenKernel,
  EDGE_KERNELS,
  EDGES_IMAGE_SIZE,
  edgeGeometry,
  edgeLayerSpec,
  questionKernel,
} from '../../scenes';
import {
  focusOf,
  refitSelection,
  selectAwaitingCheck,
  selectFigureParams,
  selectHover,
  selectLanguage,
  selectSelect,
  useLab,
  useLabStore,
  useTranslate,
} from '../../state';
import { DenseRun } from '../edges/DenseRun';
import { describeOutput, formatValue, outputName, pixelName } from '../edges/describeOutput';
import { EdgeCountsTable } from '../edges/EdgeCountsTable';
import { EdgeGrid } from '../edges/EdgeGrid';
import { EdgeInset } from '../edges/EdgeInset';
import { EdgeLegend } from '../edges/EdgeLegend';
import { EquivarianceImages } from '../edges/EquivarianceImages';
import { edgeExtent, paintEdgeMap, paintGrey } from '../edges/edgeColours';
import type { GreyImage } from '../edges/greyImage';
import { ImageChooser } from '../edges/ImageChooser';
import { KernelEditor } from '../edges/KernelEditor';
import { LearningChart } from '../edges/LearningChart';
import { MatrixRow } from '../edges/MatrixRow';
import { useCamera } from '../edges/useCamera';
import { type EdgeMap, useEdgeMap, usePhotoImage } from '../edges/useEdgeMap';
import { gridExtent, gridLayout } from '../grid/gridLayout';
import { createSharedZoom } from '../grid/sharedZoom';
import { Hint } from '../Hint';
import '../edges/edges.css';

const FIGURE = 'edges';

/** What the focused unit is, on the current map: an output (layer 1) or an input pixel (layer 0). */
interface Focus {
  layer: 0 | 1;
  index: number;
  row: number;
  col: number;
  masks: Uint8Array[];
  /** An output's window on the photo, from the engine; null for an input pixel. */
  window: OutputWindow | null;
}

function useFocus(map: EdgeMap): { focus: Focus | null; previewing: boolean } {
  const figure = useLab((state) => state.figures[FIGURE]);
  const unit = focusOf(figure);
  const previewing = figure.hover !== null;
  const focus = useMemo(() => {
    if (!unit || (unit.layer !== 0 && unit.layer !== 1)) return null;
    const size = unit.layer === 0 ? map.image.size : map.size;
    if (unit.index >= size[0] * size[1]) return null;
    const [row, col] = unitPosition(size, unit.index);
    const masks = traceField(edgeLayerSpec(map.image.size, map.kernel), unit.layer, [row, col]);
    const window =
      unit.layer === 1 ? outputWindow(map.image.size, edgeGeometry(map.kernel), unit.index) : null;
    return { layer: unit.layer, index: unit.index, row, col, masks, window } as Focus;
  }, [unit, map]);
  return { focus, previewing };
}

/** The sentence that reads out the focused output or pixel with its values. */
function EdgeLive(props: { map: EdgeMap; focus: Focus | null; previewing: boolean; magnitude: boolean }) {
  const t = useTranslate();
  const { map, focus } = props;
  const state = t(props.previewing ? 'edges.live.previewing' : 'edges.live.selected');
  let sentences: string[];
  if (!focus) sentences = [t('edges.live.none')];
  else if (focus.window) {
    const weights = map.kernel.weights;
    const taps = focus.window.taps.length;
    const zeros = focus.window.taps.filter((tap) => weights[tap.tap] === 0).length;
    const equation = describeOutput(
      map.image,
      weights,
      focus.window,
      focus.row,
      focus.col,
      map.values[focus.index],
    );
    sentences = [
      t('edges.live.output', { state, equation }),
      ...(props.magnitude
        ? [t('edges.live.magnitude', { value: formatValue(Math.abs(map.values[focus.index])) })]
        : []),
      zeros === 0
        ? t('edges.live.outputField', { count: taps })
        : t('edges.live.outputFieldZeros', { count: taps, zeros }),
    ];
  } else {
    const outputs: string[] = [];
    const reached = focus.masks[1];
    for (let index = 0; index < reached.length; index += 1) {
      if (!reached[index]) continue;
      const [row, col] = unitPosition(map.size, index);
      outputs.push(outputName(row, col));
    }
    const pixel = pixelName(focus.row, focus.col);
    const value = formatValue(map.image.values[focus.index]);
    sentences = [
      outputs.length === 0
        ? t('edges.live.inputNone', { state, pixel, value })
        : t('edges.live.input', { state, pixel, value, count: outputs.length, outputs: outputs.join(', ') }),
    ];
  }
  return (
    <div className="live edges-live" role="status" aria-live="polite" data-live="">
      {sentences.map((sentence) => (
        // The instruction to select is for the page; a file carries the read-out only when there is one.
        <p key={sentence} data-export-text={focus ? '' : undefined}>
          {sentence}
        </p>
      ))}
    </div>
  );
}

/**
 * The photo and its edge map as grids zoomed together, the focus lit on both, and what it reads;
 * drawn again only when the map or its colouring changes (not when a new image is on its way).
 */
const EdgeStage = memo(function EdgeStage(props: {
  map: EdgeMap;
  magnitude: boolean;
  /** Whether the legend may say which way [−1, 1] reads (not while asking which kernel made the map). */
  nameKernel: boolean;
}) {
  const t = useTranslate();
  const select = useLab(selectSelect);
  const hover = useLab(selectHover);
  const { map } = props;
  const store = useLabStore();
  // A kernel of another size changes the map's width: the selection keeps its row and column
  // (clamped to the new map) instead of its row-major index, which would name another pixel. Done
  // before paint, so the old index is never drawn on the new map.
  const shownSizes = useRef([map.image.size, map.size]);
  useLayoutEffect(() => {
    const previous = shownSizes.current;
    const sizes = [map.image.size, map.size];
    shownSizes.current = sizes;
    if (sizes.every((size, layer) => size[0] === previous[layer][0] && size[1] === previous[layer][1]))
      return;
    const figure = store.getState().figures[FIGURE];
    if (figure.hover) hover(FIGURE, null);
    const fitted = figure.selection && refitSelection(figure.selection, sizes, previous);
    if (fitted !== figure.selection) select(FIGURE, fitted);
  }, [map.image.size, map.size, store, select, hover]);
  const zoom = useMemo(() => createSharedZoom(), []);
  const { focus, previewing } = useFocus(map);
  const geometry = useMemo(() => analyzeNetwork(edgeLayerSpec(map.image.size, map.kernel)), [map]);
  const photoLayout = useMemo(() => gridLayout(geometry, 0), [geometry]);
  const mapLayout = useMemo(() => gridLayout(geometry, 1), [geometry]);
  const [height, width] = map.image.size;
  const world = useMemo(() => ({ x: -0.5, y: -0.5, width, height }), [width, height]);
  const mapRect = useMemo(() => gridExtent(mapLayout), [mapLayout]);
  const photoCanvas = useMemo(() => {
    const canvas = document.createElement('canvas');
    paintGrey(canvas, map.image.values, map.image.size);
    return canvas;
  }, [map.image]);
  const mapCanvas = useMemo(() => {
    const canvas = document.createElement('canvas');
    paintEdgeMap(canvas, map.values, map.size, props.magnitude);
    return canvas;
  }, [map, props.magnitude]);
  const onSelect = useCallback(
    (layer: 0 | 1, index: number | null) => select(FIGURE, index === null ? null : { layer, index }),
    [select],
  );
  const onPreview = useCallback(
    (layer: 0 | 1, index: number | null) => hover(FIGURE, index === null ? null : { layer, index }),
    [hover],
  );
  const name = map.image.photo ? t(`controls.photo.${map.image.photo as 'chelsea'}`) : map.image.name;
  const field = focus?.window?.box;
  return (
    <>
      {/* The photo and its map, with their colour key, can be exported alone (for a slide). */}
      <div data-export-part="maps">
        <div className="edge-stage">
          <EdgeGrid
            layer={0}
            title={t('edges.photo.title', { name, height, width })}
            size={map.image.size}
            layout={photoLayout}
            world={world}
            input={world}
            picture={photoCanvas}
            mask={focus ? focus.masks[0] : null}
            // The photo stays in full view: the receptive field is ringed, and magnified below.
            veil={false}
            role={focus ? (focus.layer === 1 ? 'receptive' : 'self') : null}
            // An output's field is marked from its first pixel (where the keyboard's cursor on the photo starts).
            selected={focus?.layer === 0 ? focus.index : field ? field.top * width + field.left : null}
            selectedRect={
              field
                ? {
                    x: field.left - 0.5,
                    y: field.top - 0.5,
                    width: field.right - field.left + 1,
                    height: field.bottom - field.top + 1,
                  }
                : null
            }
            zoom={zoom}
            onSelect={onSelect}
            onPreview={onPreview}
          />
          <EdgeGrid
            layer={1}
            title={t('edges.map.title', { height: map.size[0], width: map.size[1] })}
            size={map.size}
            layout={mapLayout}
            world={world}
            input={mapRect}
            picture={mapCanvas}
            // The map stays readable: only an input pixel's reach is lit on it.
            mask={focus?.layer === 0 ? focus.masks[1] : null}
            veil={true}
            role={focus?.layer === 0 ? 'influence' : null}
            selected={focus?.layer === 1 ? focus.index : null}
            zoom={zoom}
            onSelect={onSelect}
            onPreview={onPreview}
          />
        </div>
        <EdgeLegend
          extent={edgeExtent(map.values)}
          magnitude={props.magnitude}
          book={props.nameKernel && map.kernel === EDGE_KERNELS.book}
        />
      </div>
      <EdgeLive map={map} focus={focus} previewing={previewing} magnitude={props.magnitude} />
      {focus && (
        <div className="edge-detail">
          <EdgeInset
            image={map.image}
            pixel={{ row: focus.row, col: focus.col }}
            window={focus.window}
            weights={map.kernel.weights}
            name={focus.layer === 1 ? outputName(focus.row, focus.col) : pixelName(focus.row, focus.col)}
          />
          {focus.window && (
            <MatrixRow imageSize={map.image.size} weights={map.kernel.weights} window={focus.window} />
          )}
        </div>
      )}
    </>
  );
});

/**
 * Fig. 9.6 live: a photo (or the user's own image) and its edge map computed by the worker, a
 * selection that reads out any output with its values, the counts of the book with their formulas,
 * and the dense layer run for real.
 */
export function EdgesBody(): ReactNode {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const store = useLabStore();
  const select = useLab(selectSelect);
  const params = useLab(selectFigureParams(FIGURE));
  const [upload, setUpload] = useState<GreyImage | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const photo = usePhotoImage(params.image, EDGES_IMAGE_SIZE);
  // Choosing a photo puts it back in place of the user's image.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the photo setting changing is the trigger.
  useEffect(() => setUpload(null), [params.image]);
  const image = upload ?? photo;
  // Why the last file or the camera was refused: one notice, beside the picker, until a good image
  // (a file, a camera frame, a photo) takes the place of the one shown.
  const imageProblem = useLab(
    (state) => state.notices.find((notice) => notice.figure === FIGURE && notice.topic === 'image') ?? null,
  );
  const reportImage = useCallback(
    (key: MessageKey, values: MessageValues = {}) =>
      store.getState().pushNotices([{ key, values, figure: FIGURE, topic: 'image', inPlace: true }]),
    [store],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new image shown is the trigger.
  useEffect(() => store.getState().settleNotices(FIGURE, 'image'), [image, store]);
  // Camera frames take the place of the image; the time from capture to drawn edges is measured.
  const frameTimes = useRef<{ capturedAt: number; shownAt: number[]; ms: number[] }>({
    capturedAt: 0,
    shownAt: [],
    ms: [],
  });
  const [cameraSpeed, setCameraSpeed] = useState<{ fps: number; ms: number } | null>(null);
  const camera = useCamera(
    (frame) => {
      frameTimes.current.capturedAt = frame.capturedAt;
      // Rendered now, inside the frame's callback, rather than on a later task: the edges are
      // asked for a few milliseconds sooner.
      flushSync(() => setUpload(frame.image));
    },
    (key) => reportImage(key),
  );
  // A kernel question's map is made by the kernel it hides, whatever the picker says.
  const question = useLab((state) => state.figures[FIGURE].question);
  const awaitingCheck = useLab(selectAwaitingCheck(FIGURE));
  const hiddenKernel = question?.kind === 'kernel' ? questionKernel(question.target.index) : null;
  const kernel = useMemo(
    () => (hiddenKernel ? EDGE_KERNELS[hiddenKernel] : chosenKernel(params.kernel, params.custom)),
    [hiddenKernel, params.kernel, params.custom],
  );
  // Until a question is checked, only what it is about is shown: the maps (and, for a commute
  // question, the check of both orders); the counts would give a kernel's size away.
  const focused = awaitingCheck;
  // Camera frames are not timed again and again: their timing is the frame's own.
  const map = useEdgeMap(image, kernel, image?.name !== 'camera');
  const live = camera.state.phase === 'live';
  // Children paint their canvases in their layout effects, before this one: the frame is drawn.
  useLayoutEffect(() => {
    if (!live || !map || map.image.name !== 'camera') return;
    const times = frameTimes.current;
    const now = performance.now();
    times.ms = [...times.ms.slice(-29), now - times.capturedAt];
    times.shownAt = [...times.shownAt.filter((at) => now - at < 1000), now];
    const sorted = [...times.ms].sort((a, b) => a - b);
    if (times.ms.length % 10 === 0) {
      setCameraSpeed({ fps: times.shownAt.length, ms: sorted[Math.floor(sorted.length / 2)] });
    }
    camera.ready();
  }, [live, map, camera.ready]);

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    camera.stop();
    setReading(file.name);
    try {
      // Reading a file is code a reader needs only once they choose one: fetched then.
      const { readImageFile } = await import('../edges/readImageFile');
      const result = await readImageFile(file);
      if (result.ok) {
        select(FIGURE, null);
        setUpload(result.image);
      } else reportImage(result.key, result.values);
    } catch (error) {
      reportImage('notice.image.unread', { name: file.name, message: String(error) });
    } finally {
      setReading(null);
    }
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    void takeFile(event.dataTransfer.files[0]);
  };
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const file = [...event.clipboardData.files][0];
    if (!file) return;
    event.preventDefault();
    void takeFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping and pasting are shortcuts; the file picker does the same.
    <div
      className="edges"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={onDrop}
      onPaste={onPaste}
    >
      {params.kernel === 'custom' && !hiddenKernel && <KernelEditor figure={FIGURE} rows={params.custom} />}
      <ImageChooser
        upload={upload}
        problem={imageProblem}
        reading={reading}
        camera={camera.state.phase}
        cameraSpeed={cameraSpeed}
        onCamera={(on) => {
          if (on) {
            select(FIGURE, null);
            setCameraSpeed(null);
            void camera.start();
          } else camera.stop();
        }}
        onFiles={(files) => void takeFile(files?.[0])}
        onBack={() => {
          select(FIGURE, null);
          setUpload(null);
        }}
      />
      <Hint mouse="edges.hint" touch="edges.hint.touch" essential />
      {map ? (
        <>
          <EdgeStage map={map} magnitude={params.abs} nameKernel={!(hiddenKernel && awaitingCheck)} />
          {!focused && (
            <div className="slide-skip">
              <EdgeCountsTable imageSize={map.image.size} kernelSize={map.kernel.size} />
              {/* A time measured on this machine, now: not for a file. */}
              <p className="edges-note" data-conv-ms={map.elapsedMs}>
                {t('edges.time.conv', { ms: formatMeasure(language, Number(map.elapsedMs.toPrecision(2))) })}
              </p>
              <DenseRun map={map} paused={live} />
            </div>
          )}
          {live ? (
            <p className="edges-note">{t('edges.check.paused')}</p>
          ) : (
            <>
              {!(focused && question?.kind === 'kernel') && (
                <div className={question?.kind === 'commute' ? undefined : 'slide-skip'}>
                  <EquivarianceImages map={map} />
                </div>
              )}
              {!focused && (
                <div className="slide-skip">
                  <LearningChart image={map.image} />
                </div>
              )}
            </>
          )}
        </>
      ) : (
        <p className="figure__loading">{t('figure.loading')}</p>
      )}
    </div>
  );
}
