import { memo, useCallback, useMemo } from 'react';
import { summarizeMask, unitPosition } from '../../engine';
import { useTranslate } from '../../state';
import { GridCanvas } from '../grid/GridCanvas';
import type { GridLayout, WorldRect } from '../grid/gridLayout';
import type { GridRole } from '../grid/gridPainter';
import type { SharedZoom } from '../grid/sharedZoom';

/** Props of one of the edge figure's two grids: the photo (layer 0) or the edge map (layer 1). */
export interface EdgeGridProps {
  layer: 0 | 1;
  title: string;
  size: readonly number[];
  layout: GridLayout;
  world: WorldRect;
  input: WorldRect;
  picture: CanvasImageSource | null;
  /** The lit set on this grid (summarised in the hooks). */
  mask: Uint8Array | null;
  /** Whether to veil what is outside the lit set; when not, the set is only ringed. */
  veil: boolean;
  role: GridRole | null;
  selected: number | null;
  /** The rectangle to ring for the selection, when it is more than one cell (a receptive field). */
  selectedRect?: WorldRect | null;
  zoom: SharedZoom;
  onSelect(layer: 0 | 1, index: number | null): void;
  onPreview(layer: 0 | 1, index: number | null): void;
}

/**
 * A grid of the edge figure with the playground's hooks: `data-layer-grid`, `data-field-count` and
 * `data-field-box` (rows and columns the lit set spans).
 */
export const EdgeGrid = memo(function EdgeGrid(props: EdgeGridProps) {
  const t = useTranslate();
  const { layer, layout, mask, size } = props;
  const summary = useMemo(() => (mask ? summarizeMask(mask, size) : { count: 0, box: null }), [mask, size]);
  const describeCell = useCallback(
    (index: number) => {
      const [row, col] = unitPosition([layout.rows.count, layout.cols.count], index);
      return t('edges.grid.cell', { row, col });
    },
    [t, layout],
  );
  const onSelect = useCallback(
    (index: number | null) => props.onSelect(layer, index),
    [props.onSelect, layer],
  );
  const onPreview = useCallback(
    (index: number | null) => props.onPreview(layer, index),
    [props.onPreview, layer],
  );
  const { box } = summary;
  return (
    <figure
      className="grid-panel edge-grid"
      data-layer-grid={layer}
      data-field-count={summary.count}
      data-field-box={box ? `${box.top},${box.left},${box.bottom},${box.right}` : ''}
      data-role={props.role ?? ''}
    >
      <figcaption>
        <span className="grid-panel__title" data-export-text="">
          {props.title}
        </span>
      </figcaption>
      <GridCanvas
        label={t('edges.grid.label', { title: props.title })}
        layout={layout}
        world={props.world}
        input={props.input}
        photo={props.picture}
        mask={props.veil ? mask : null}
        box={props.veil ? box : null}
        role={props.veil ? props.role : null}
        selected={props.selected}
        selectedRect={props.selectedRect}
        analyticBox={null}
        zoom={props.zoom}
        startCell={Math.floor(layout.rows.count / 2) * layout.cols.count + Math.floor(layout.cols.count / 2)}
        describeCell={describeCell}
        onSelect={onSelect}
        onPreview={onPreview}
      />
    </figure>
  );
});
