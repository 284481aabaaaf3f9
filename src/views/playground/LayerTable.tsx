import { Fragment, type MouseEvent, memo, type ReactNode } from 'react';
import type { LayerSpec } from '../../engine';
import { formatNumber } from '../../i18n';
import { type PanelAnalysis, selectLanguage, useLab, useTranslate } from '../../state';
import { ScrollRegion } from '../ScrollRegion';
import { SubHeading } from '../SubHeading';
import { describeLayerKind, formatExtent } from './describeLayer';

/** A layer name that may wrap after its slashes (TF-Slim scopes such as block1/unit_3/conv3), never inside a part. */
function breakableName(name: string): ReactNode {
  const parts = name.split('/');
  return parts.map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed name, in order.
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

/** Props of the per-layer table. */
export interface LayerTableProps {
  analysis: PanelAnalysis;
  layers: readonly LayerSpec[];
  shown: readonly number[];
  /** The selected unit's layer (always drawn), or null. */
  selectedLayer: number | null;
  onToggle(layer: number): void;
}

/**
 * Every layer's size, receptive field r, effective stride S and padding P per axis (one number when
 * the axes agree, else h × w), channels, parameters and multiply-adds, as the engine computes them.
 * Ticking a row's box (or clicking the row) draws that layer's grid.
 */
export const LayerTable = memo(function LayerTable(props: LayerTableProps) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const { analysis } = props;
  const dimensions = analysis.sizes[0].length;
  const count = (value: number) => formatNumber(language, value);
  const onRowClick = (layer: number) => (event: MouseEvent<HTMLTableRowElement>) => {
    // The box toggles itself; a click anywhere else on the row does the same.
    if (layer > 0 && !(event.target instanceof HTMLInputElement)) props.onToggle(layer);
  };
  return (
    <div className="slide-skip">
      {/* The title stays in view above the region that scrolls; the caption names the table for readers. */}
      <SubHeading className="layer-table__heading">{t('playground.table.caption')}</SubHeading>
      <ScrollRegion label={t('playground.table.caption')} className="layer-table-scroll">
        <table className="counts layer-table" data-layer-table="">
          <caption className="visually-hidden">{t('playground.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                {t('playground.table.layer')}
                {/* What the ticks do is for the screen: not printed. */}
                <span className="layer-table__tick">
                  {language === 'zh' ? '' : ' '}
                  {t('playground.table.tick')}
                </span>
              </th>
              <th scope="col">{t('playground.table.kind')}</th>
              <th scope="col">{t('playground.table.size')}</th>
              <th scope="col">{t('playground.table.r')}</th>
              <th scope="col">{t('playground.table.stride')}</th>
              <th scope="col">{t('playground.table.padding')}</th>
              <th scope="col">{t('playground.table.channels')}</th>
              <th scope="col">{t('playground.table.parameters')}</th>
              <th scope="col">{t('playground.table.multiplyAdds')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.geometry.map((geometry, layer) => {
              const spec = props.layers[layer - 1];
              const drawn = layer === 0 || props.shown.includes(layer);
              const selected = props.selectedLayer === layer;
              const costs = analysis.counts.layers[layer].asBuilt;
              return (
                <tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: one row per layer, in layer order.
                  key={layer}
                  data-layer={layer}
                  className={`${drawn || selected ? 'layer-table__row--drawn' : ''}${selected ? ' layer-table__row--selected' : ''}`}
                  onClick={onRowClick(layer)}
                >
                  {/* The box and the layer share the one column kept in view while the numbers scroll. */}
                  <th scope="row">
                    <span className="layer-table__number">
                      <input
                        type="checkbox"
                        checked={drawn || selected}
                        disabled={layer === 0 || selected}
                        aria-label={t('playground.table.showLayer', { layer })}
                        onChange={() => props.onToggle(layer)}
                      />{' '}
                      {layer}
                    </span>
                    {spec?.id && <span className="layer-table__id"> {breakableName(spec.id)}</span>}
                    {selected && <span className="visually-hidden"> {t('playground.table.selected')}</span>}
                  </th>
                  <td>{spec ? describeLayerKind(t, spec, dimensions) : t('playground.kind.input')}</td>
                  <td data-col="size">{formatExtent(geometry.size)}</td>
                  <td data-col="receptive-field">{formatExtent(geometry.receptiveField)}</td>
                  <td data-col="effective-stride">{formatExtent(geometry.effectiveStride)}</td>
                  <td data-col="effective-padding">{formatExtent(geometry.effectivePadding)}</td>
                  <td data-col="channels">{count(analysis.channels[layer])}</td>
                  <td data-col="parameters">{count(costs.parameters)}</td>
                  <td data-col="multiply-adds">{count(costs.multiplyAdds)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="layer-table__total">
              <th scope="row" colSpan={7}>
                {t('playground.table.total')}
              </th>
              <td data-col="parameters">{count(analysis.counts.total.asBuilt.parameters)}</td>
              <td data-col="multiply-adds">{count(analysis.counts.total.asBuilt.multiplyAdds)}</td>
            </tr>
            <tr>
              <td colSpan={9}>{t('playground.table.note')}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </div>
  );
});
