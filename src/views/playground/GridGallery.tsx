import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { analyticField, type LayerSpec, summarizeMask, unitPosition } from '../../engine';
import { formatNumber, unitName } from '../../i18n';
import {
  focusOf,
  type PanelAnalysis,
  type Selection,
  selectHover,
  selectLanguage,
  selectSelect,
  type UnitBox,
  useLab,
  useTranslate,
} from '../../state';
import { GridCanvas } from '../grid/GridCanvas';
import { cellAt, cellRect, type GridLayout, gridLayout, type WorldRect, worldOf } from '../grid/gridLayout';
import type { GridRole } from '../grid/gridPainter';
import { createSharedZoom, FITTED, maxZoom, type SharedZoom, zoomAbout } from '../grid/sharedZoom';
import { drawnField } from '../panelField';
import { useVisibleField } from '../useVisibleField';
import { layerName } from './describeLayer';

/** Props of the grids of a playground network. */
export interface GridGalleryProps {
  figure: string;
  /** The analysis of the network drawn (the last possible one). */
  analysis: PanelAnalysis;
  /** Layers to draw besides the input (always drawn) and the selected unit's layer. */
  shown: readonly number[];
  photo: CanvasImageSource | null;
  /** What the input shows (the photo's name), under its grid's title. */
  inputName: string;
  /** The network drawn, named as the picker names it, for the figure and its exports. */
  networkName: string;
  selection: Selection | null;
  /** While the figure asks a question: its unit, drawn and ringed in place of the selection. */
  target?: Selection | null;
  /** The box a student marked on the input, and, while they may still change it, how to draw a new one. */
  markedBox?: UnitBox | null;
  onMarkBox?(box: UnitBox): void;
}

/** The input's rectangle in world coordinates. */
function inputRect(inputSize: readonly number[], world: WorldRect): WorldRect {
  return inputSize.length === 2
    ? { x: -0.5, y: -0.5, width: inputSize[1], height: inputSize[0] }
    : { x: -0.5, y: world.y, width: inputSize[0], height: world.height };
}

function sameContent(a: Uint8Array | null | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The traced masks of the drawn layers, each kept as the same object while its content stays the
 * same: a pointer sweeping the input changes the deep layers' sets rarely, and those grids need not
 * be drawn again.
 */
function useStableMasks(masks: readonly Uint8Array[] | null, drawn: readonly number[]) {
  const previous = useRef(new Map<number, Uint8Array>());
  const stable = new Map<number, Uint8Array>();
  for (const layer of drawn) {
    const mask = masks?.[layer];
    if (!mask || mask.length === 0) continue;
    const kept = previous.current.get(layer);
    stable.set(layer, kept && sameContent(kept, mask) ? kept : mask);
  }
  previous.current = stable;
  return stable;
}

/** Props of one layer's grid in the gallery. */
interface GridPanelProps {
  layer: number;
  /** "Layer 11, 28 × 28" (or "Input, 224 × 224"). */
  title: string;
  /** The layer's id or kind ("block1/unit_3/conv3", "conv 3×3"); the input's kind for the input. */
  name: string;
  /** Rows and columns of the layer (1D: one row). */
  size: readonly number[];
  /** The book's letter for the layer's units (a 1D unit is named as in the graphs: h₃). */
  letter: string;
  layout: GridLayout;
  world: WorldRect;
  input: WorldRect;
  photo: CanvasImageSource | null;
  mask: Uint8Array | null;
  role: GridRole | null;
  selected: number | null;
  analyticBox: WorldRect | null;
  zoom: SharedZoom;
  startCell: number;
  onSelect(layer: number, index: number | null): void;
  onPreview(layer: number, index: number | null): void;
  onLayerStep(layer: number, direction: 1 | -1, index: number): void;
  registerGrid(layer: number, element: HTMLDivElement | null): void;
  markedBox?: UnitBox | null;
  onMarkBox?(box: UnitBox): void;
}

/**
 * One layer's grid with its caption and the test hooks `data-layer-grid`, `data-field-count` and
 * `data-field-box`; drawn again only when what it shows changes.
 */
const GridPanel = memo(function GridPanel(props: GridPanelProps) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const { layer, layout, mask, role, letter } = props;
  const summary = useMemo(
    () => (mask ? summarizeMask(mask, props.size) : { count: 0, box: null }),
    [mask, props.size],
  );
  const twoD = props.size.length === 2;
  const describeCell = useCallback(
    (index: number) => {
      if (!twoD) return unitName(letter, index);
      const [row, col] = unitPosition([layout.rows.count, layout.cols.count], index);
      return t('playground.grid.cell', { row, col });
    },
    [t, twoD, layout, letter],
  );
  const onSelect = useCallback(
    (index: number | null) => props.onSelect(layer, index),
    [props.onSelect, layer],
  );
  const onPreview = useCallback(
    (index: number | null) => props.onPreview(layer, index),
    [props.onPreview, layer],
  );
  const onLayerStep = useCallback(
    (direction: 1 | -1, index: number) => props.onLayerStep(layer, direction, index),
    [props.onLayerStep, layer],
  );
  const elementRef = useCallback(
    (element: HTMLDivElement | null) => props.registerGrid(layer, element),
    [props.registerGrid, layer],
  );
  const { box } = summary;
  return (
    <figure
      className="grid-panel"
      data-layer-grid={layer}
      data-field-count={summary.count}
      data-field-box={box ? `${box.top},${box.left},${box.bottom},${box.right}` : ''}
      data-role={role ?? ''}
    >
      <figcaption>
        <span className="grid-panel__title" data-export-text="">
          {props.title}
        </span>
        <span className="grid-panel__name" title={props.name} data-export-text="">
          {props.name}
        </span>
        {/* The badge's line is always there, empty and hidden when nothing is lit, so hovering a cell
            never moves the grid under the pointer. */}
        {role ? (
          <span className={`grid-panel__role grid-panel__role--${role}`} data-export-text="">
            {t(`playground.grid.role.${role}`)}
            {role !== 'self' && ` · ${formatNumber(language, summary.count)}`}
          </span>
        ) : (
          <span className="grid-panel__role grid-panel__role--none" aria-hidden="true">
            {'\u00a0'}
          </span>
        )}
      </figcaption>
      <GridCanvas
        label={t('playground.grid.label', {
          title: props.title,
          name: props.name,
          rows: layout.rows.count,
          cols: layout.cols.count,
        })}
        layout={layout}
        world={props.world}
        input={props.input}
        photo={props.photo}
        mask={mask}
        box={box}
        role={role}
        selected={props.selected}
        analyticBox={props.analyticBox}
        zoom={props.zoom}
        startCell={props.startCell}
        elementRef={elementRef}
        describeCell={describeCell}
        onSelect={onSelect}
        onPreview={onPreview}
        onLayerStep={onLayerStep}
        markedBox={props.markedBox}
        onMarkBox={props.onMarkBox}
      />
    </figure>
  );
});

/**
 * Every drawn layer of a network as a grid over the photo (the input, the chosen layers and the
 * selected unit's layer, in layer order), zoomed together. It follows the traced field itself, so
 * a hover redraws the grids and nothing else of the figure.
 */
export function GridGallery(props: GridGalleryProps) {
  const t = useTranslate();
  const select = useLab(selectSelect);
  const hover = useLab(selectHover);
  const { figure, analysis } = props;
  const storedField = useVisibleField(figure, analysis.panel.id);
  const focusNow = useLab((state) => focusOf(state.figures[figure]));
  const field = drawnField(analysis, storedField, focusNow);
  const { geometry } = analysis;
  const layers: readonly LayerSpec[] = analysis.panel.spec.layers;
  const inputSize = geometry[0].size;
  const dimensions = inputSize.length;
  const worldKey = inputSize.join('×');
  // biome-ignore lint/correctness/useExhaustiveDependencies: one world (and one zoom) per input size.
  const world = useMemo(() => worldOf(inputSize), [worldKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new input size starts fitted.
  const zoom = useMemo(() => createSharedZoom(), [worldKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the world.
  const input = useMemo(() => inputRect(inputSize, world), [world]);
  const layouts = useMemo(() => geometry.map((_, layer) => gridLayout(geometry, layer)), [geometry]);
  const grids = useRef(new Map<number, HTMLDivElement>());
  const [entry, setEntry] = useState<Selection | null>(null);

  // The question's unit stands in for the selection while the figure asks about it.
  const ringed = props.target !== undefined ? props.target : props.selection;
  const drawn = [...new Set([0, ...props.shown, ...(ringed ? [ringed.layer] : [])])]
    .filter((layer) => layer < geometry.length)
    .sort((a, b) => a - b);
  const drawnNow = useRef(drawn);
  drawnNow.current = drawn;
  const focus = field?.focus ?? null;
  const masks = useStableMasks(field?.field?.masks ?? null, drawn);

  const analyticBox = useMemo((): WorldRect | null => {
    if (!focus || focus.layer === 0 || focus.layer >= geometry.length) return null;
    const axes = analyticField(geometry, focus.layer, focus.index);
    const cols = axes[axes.length - 1];
    const rows = axes.length === 2 ? axes[0] : null;
    return {
      x: cols.start - 0.5,
      y: rows ? rows.start - 0.5 : input.y,
      width: cols.end - cols.start + 1,
      height: rows ? rows.end - rows.start + 1 : input.height,
    };
  }, [focus, geometry, input]);

  // While a question is asked, a click on a cell selects nothing (the answer is a box on the input).
  const asking = props.target !== undefined;
  const onSelect = useCallback(
    (layer: number, index: number | null) => {
      if (!asking) select(figure, index === null ? null : { layer, index });
    },
    [select, figure, asking],
  );
  const onPreview = useCallback(
    (layer: number, index: number | null) => hover(figure, index === null ? null : { layer, index }),
    [hover, figure],
  );
  const registerGrid = useCallback((layer: number, element: HTMLDivElement | null) => {
    if (element) grids.current.set(layer, element);
    else grids.current.delete(layer);
  }, []);
  const onLayerStep = useCallback(
    (from: number, direction: 1 | -1, index: number) => {
      const order = drawnNow.current;
      const position = order.indexOf(from) + direction;
      if (position < 0 || position >= order.length) return;
      const target = order[position];
      // The unit of the other layer whose cell holds the centre of this one.
      const cell = cellRect(layouts[from], index);
      const layout = layouts[target];
      const x = Math.min(
        Math.max(cell.x + cell.width / 2, layout.cols.first),
        layout.cols.first + (layout.cols.count - 1) * layout.cols.step,
      );
      const y = Math.min(
        Math.max(cell.y + cell.height / 2, layout.rows.first),
        layout.rows.first + (layout.rows.count - 1) * layout.rows.step,
      );
      // The target grid starts its cursor on this cell when it takes focus, so render that first.
      flushSync(() => setEntry({ layer: target, index: cellAt(layout, x, y) ?? 0 }));
      grids.current.get(target)?.focus();
    },
    [layouts],
  );

  // The buttons zoom about the selected unit (its cell's centre), so its field is what grows.
  const zoomBy = (factor: number) => {
    const aspect = world.height / world.width;
    const selected = ringed && cellRect(layouts[ringed.layer], ringed.index);
    const at = selected
      ? {
          x: (selected.x + selected.width / 2 - world.x) / world.width,
          y: (selected.y + selected.height / 2 - world.y) / world.width,
        }
      : undefined;
    // A field larger than the picture can be seen whole: zooming out goes as far as its box.
    const smallest = analyticBox
      ? Math.min(1, world.width / analyticBox.width, world.height / analyticBox.height) * 0.95
      : 1;
    zoom.set(zoomAbout(zoom.get(), factor, aspect, maxZoom(world), at, smallest));
  };

  return (
    <section className="grid-gallery" aria-label={t('playground.grids')}>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled toolbar of buttons, not a form field set. */}
      <div className="grid-gallery__zoom" role="group" aria-label={t('playground.zoom')} data-export-skip="">
        <button
          type="button"
          onClick={() => zoomBy(0.5)}
          aria-label={t('playground.zoomOut')}
          data-action="zoom-out"
        >
          −
        </button>
        <button
          type="button"
          onClick={() => zoomBy(2)}
          aria-label={t('playground.zoomIn')}
          data-action="zoom-in"
        >
          +
        </button>
        <button type="button" onClick={() => zoom.set(FITTED)} data-action="zoom-fit">
          {t('playground.zoomFit')}
        </button>
      </div>
      <p className="grid-gallery__network" data-export-text="">
        {props.networkName}
      </p>
      <div className="grid-gallery__grids">
        {drawn.map((layer) => {
          const layout = layouts[layer];
          const size = geometry[layer].size;
          const mask = masks.get(layer) ?? null;
          const role: GridRole | null =
            !focus || !mask
              ? null
              : layer < focus.layer
                ? field?.field?.only === 'reach'
                  ? null
                  : 'receptive'
                : layer > focus.layer
                  ? field?.field?.only === 'field'
                    ? null
                    : 'influence'
                  : 'self';
          const sizeText = size.join(' × ');
          const title =
            layer === 0
              ? t('playground.grid.input', { size: sizeText })
              : t('playground.grid.layer', { layer, size: sizeText });
          const name = layer === 0 ? props.inputName : layerName(t, layers[layer - 1], dimensions);
          const selectedHere = ringed?.layer === layer ? ringed.index : null;
          const start =
            entry?.layer === layer
              ? entry.index
              : (selectedHere ??
                Math.floor(layout.rows.count / 2) * layout.cols.count + Math.floor(layout.cols.count / 2));
          return (
            <GridPanel
              key={layer}
              layer={layer}
              title={title}
              name={name}
              size={size}
              letter={analysis.panel.letters[layer] ?? 'z'}
              layout={layout}
              world={world}
              input={input}
              photo={props.photo}
              mask={mask}
              role={role}
              selected={selectedHere}
              analyticBox={layer === 0 ? analyticBox : null}
              zoom={zoom}
              startCell={start}
              onSelect={onSelect}
              onPreview={onPreview}
              onLayerStep={onLayerStep}
              registerGrid={registerGrid}
              markedBox={layer === 0 ? props.markedBox : undefined}
              onMarkBox={layer === 0 ? props.onMarkBox : undefined}
            />
          );
        })}
      </div>
    </section>
  );
}
