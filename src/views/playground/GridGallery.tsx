import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { analyticField, type LayerGeometry, type LayerSpec, summarizeMask } from '../../engine';
import { formatNumber } from '../../i18n';
import { type Selection, selectHover, selectLanguage, selectSelect, useLab, useTranslate } from '../../state';
import { GridCanvas } from '../grid/GridCanvas';
import { cellAt, cellRect, gridLayout, type WorldRect, worldOf } from '../grid/gridLayout';
import type { GridRole } from '../grid/gridPainter';
import { createSharedZoom, FITTED, maxZoom, zoomAbout } from '../grid/sharedZoom';
import type { GraphField } from '../UnitGraph';
import { layerName } from './describeLayer';

/** Props of the grids of a playground network. */
export interface GridGalleryProps {
  figure: string;
  geometry: readonly LayerGeometry[];
  layers: readonly LayerSpec[];
  /** Layers to draw besides the input (always drawn) and the selected unit's layer. */
  shown: readonly number[];
  photo: CanvasImageSource | null;
  selection: Selection | null;
  /** The field drawn and the unit it answers (the hovered or selected one), or null. */
  field: { field: GraphField | null; focus: Selection } | null;
}

/** The input's rectangle in world coordinates. */
function inputRect(inputSize: readonly number[], world: WorldRect): WorldRect {
  return inputSize.length === 2
    ? { x: -0.5, y: -0.5, width: inputSize[1], height: inputSize[0] }
    : { x: -0.5, y: world.y, width: inputSize[0], height: world.height };
}

/**
 * Every drawn layer of a network as a grid over the photo (the input, the chosen layers and the
 * selected unit's layer, bottom-up order from left to right), zoomed together. Each grid element
 * carries the test hooks `data-layer-grid`, `data-field-count` and `data-field-box`.
 */
export function GridGallery(props: GridGalleryProps) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const select = useLab(selectSelect);
  const hover = useLab(selectHover);
  const { geometry, figure } = props;
  const inputSize = geometry[0].size;
  const dimensions = inputSize.length;
  const worldKey = inputSize.join('×');
  // biome-ignore lint/correctness/useExhaustiveDependencies: one world (and one zoom) per input size.
  const world = useMemo(() => worldOf(inputSize), [worldKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new input size starts fitted.
  const zoom = useMemo(() => createSharedZoom(), [worldKey]);
  const input = inputRect(inputSize, world);
  const layouts = useMemo(() => geometry.map((_, layer) => gridLayout(geometry, layer)), [geometry]);
  const grids = useRef(new Map<number, HTMLDivElement>());
  const [entry, setEntry] = useState<Selection | null>(null);

  const drawn = [...new Set([0, ...props.shown, ...(props.selection ? [props.selection.layer] : [])])]
    .filter((layer) => layer < geometry.length)
    .sort((a, b) => a - b);
  const focus = props.field?.focus ?? null;
  const masks = props.field?.field?.masks ?? null;

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
  }, [focus, geometry, input.y, input.height]);

  const onLayerStep = useCallback(
    (from: number, direction: 1 | -1, index: number) => {
      const position = drawn.indexOf(from) + direction;
      if (position < 0 || position >= drawn.length) return;
      const target = drawn[position];
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
    [drawn, layouts],
  );

  const zoomBy = (factor: number) => {
    const aspect = world.height / world.width;
    zoom.set(zoomAbout(zoom.get(), factor, aspect, maxZoom(world)));
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
      <div className="grid-gallery__grids">
        {drawn.map((layer) => {
          const layout = layouts[layer];
          const size = geometry[layer].size;
          const mask = masks?.[layer] && masks[layer].length > 0 ? masks[layer] : null;
          const summary = mask ? summarizeMask(mask, size) : { count: 0, box: null };
          const role: GridRole | null =
            !focus || !mask
              ? null
              : layer < focus.layer
                ? 'receptive'
                : layer > focus.layer
                  ? 'influence'
                  : 'self';
          const title =
            layer === 0
              ? t('playground.grid.input', { size: size.join(' × ') })
              : t('playground.grid.layer', {
                  layer,
                  name: layerName(t, props.layers[layer - 1], dimensions),
                  size: size.join(' × '),
                });
          const selectedHere = props.selection?.layer === layer ? props.selection.index : null;
          const start =
            entry?.layer === layer
              ? entry.index
              : (selectedHere ??
                Math.floor(layout.rows.count / 2) * layout.cols.count + Math.floor(layout.cols.count / 2));
          return (
            <figure
              key={layer}
              className="grid-panel"
              data-layer-grid={layer}
              data-field-count={summary.count}
              data-field-box={
                summary.box
                  ? `${summary.box.top},${summary.box.left},${summary.box.bottom},${summary.box.right}`
                  : ''
              }
              data-role={role ?? ''}
            >
              <figcaption>
                <span data-export-text="">{title}</span>
                {role && (
                  <span className={`grid-panel__role grid-panel__role--${role}`} data-export-text="">
                    {t(`playground.grid.role.${role}`)}
                    {role !== 'self' && ` · ${formatNumber(language, summary.count)}`}
                  </span>
                )}
              </figcaption>
              <GridCanvas
                label={t('playground.grid.label', {
                  title,
                  rows: layout.rows.count,
                  cols: layout.cols.count,
                })}
                layout={layout}
                world={world}
                input={input}
                photo={props.photo}
                mask={mask}
                box={summary.box}
                role={role}
                selected={selectedHere}
                analyticBox={layer === 0 ? analyticBox : null}
                zoom={zoom}
                startCell={start}
                elementRef={(element) => {
                  if (element) grids.current.set(layer, element);
                  else grids.current.delete(layer);
                }}
                describeCell={(index) =>
                  dimensions === 2
                    ? t('playground.grid.cell', {
                        row: Math.floor(index / layout.cols.count),
                        col: index % layout.cols.count,
                      })
                    : t('playground.grid.position', { col: index })
                }
                onSelect={(index) => select(figure, index === null ? null : { layer, index })}
                onPreview={(index) => hover(figure, index === null ? null : { layer, index })}
                onLayerStep={(direction, index) => onLayerStep(layer, direction, index)}
              />
            </figure>
          );
        })}
      </div>
    </section>
  );
}
