import './tilingMessages';
import { type ReactNode, useCallback, useId } from 'react';
import { formatMeasure, subscript, unitName } from '../../i18n';
import { EXPERIMENT_KERNEL, EXPERIMENT_LENGTH } from '../../scenes';
import {
  focusOf,
  panelKey,
  selectComputed,
  selectFigureParams,
  selectLanguage,
  useLab,
  useTranslate,
} from '../../state';
import { FieldAnnouncer } from '../FieldAnnouncer';
import { FieldLegend } from '../FieldLegend';
import { FigurePanel } from '../FigurePanel';
import { Hint } from '../Hint';
import { LayerCountsTable } from '../LayerCountsTable';
import { LineChart } from '../LineChart';
import { ScrollRegion } from '../ScrollRegion';
import { SubHeading } from '../SubHeading';
import { WeightKey } from '../WeightKey';
import { weightStyle } from '../weightStyle';

/** The "when is not sharing better?" experiment: test errors of both layers on both tasks, and one test example. */
function SharingExperiment() {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const examples = useLab((state) => selectFigureParams('tiling')(state).examples);
  const computed = useLab(selectComputed('tiling'));
  const result = computed?.kind === 'fitComparison' ? computed.result : null;
  const headingId = useId();
  const format = (value: number) => formatMeasure(language, value);
  return (
    <section className="experiment slide-skip" aria-labelledby={headingId}>
      <SubHeading id={headingId} exported>
        {t('tiling.exampleHeading')}
      </SubHeading>
      <p className="caption">{t('tiling.exampleText')}</p>
      <p className="caption" data-experiment-sizes="">
        {t('tiling.fit.sizes', {
          inputs: EXPERIMENT_LENGTH,
          kernel: EXPERIMENT_KERNEL,
          outputs: EXPERIMENT_LENGTH - EXPERIMENT_KERNEL + 1,
          local: (EXPERIMENT_LENGTH - EXPERIMENT_KERNEL + 1) * EXPERIMENT_KERNEL,
        })}
      </p>
      {result ? (
        <>
          <ScrollRegion label={t('tiling.fit.table', { examples })}>
            <table className="counts" data-experiment="">
              <caption>{t('tiling.fit.table', { examples })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tiling.fit.task')}</th>
                  <th scope="col">{t('tiling.fit.shared', { params: result.tasks[0].shared.parameters })}</th>
                  <th scope="col">{t('tiling.fit.local', { params: result.tasks[0].local.parameters })}</th>
                </tr>
              </thead>
              <tbody>
                {result.tasks.map((task) => (
                  <tr key={task.name} data-task={task.name}>
                    <th scope="row">
                      {t(task.name === 'faces' ? 'tiling.task.faces' : 'tiling.task.edges')}
                    </th>
                    <td data-fit="shared" data-error={task.shared.testError}>
                      {format(task.shared.testError)}
                      {task.shared.testError < task.local.testError ? ' ✓' : ''}
                    </td>
                    <td data-fit="local" data-error={task.local.testError}>
                      {format(task.local.testError)}
                      {task.local.testError < task.shared.testError ? ' ✓' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="charts">
            {result.tasks.map((task) => {
              const taskName = t(task.name === 'faces' ? 'tiling.task.faces' : 'tiling.task.edges');
              const series = [
                { id: 'target', label: t('tiling.fit.target'), values: task.target, colour: 'currentColor' },
                {
                  id: 'shared',
                  label: t('tiling.fit.shared', { params: task.shared.parameters }),
                  values: task.shared.prediction,
                  colour: weightStyle(0).colour,
                  dash: '6 3',
                },
                {
                  id: 'local',
                  label: t('tiling.fit.local', { params: task.local.parameters }),
                  values: task.local.prediction,
                  colour: weightStyle(1).colour,
                  dash: '2 3',
                  dots: true,
                },
              ];
              return (
                <LineChart
                  key={task.name}
                  title={taskName}
                  summary={t('tiling.fit.winner', {
                    winner: task.shared.testError < task.local.testError ? series[1].label : series[2].label,
                  })}
                  series={series}
                />
              );
            })}
          </div>
        </>
      ) : (
        <p className="figure__loading">{t('figure.loading')}</p>
      )}
    </section>
  );
}

/** The label of kernel `kernelIndex` (0-based) under an output unit: K₁, K₂, … */
const kernelLabel = (kernelIndex: number) => `K${subscript(kernelIndex + 1)}`;

/** Notes naming the kernel each output of a panel's layer uses, as the engine assigns them. */
function useKernelNotes(panel: string) {
  const connections = useLab((state) => state.analyses[panelKey('tiling', panel)]?.connections[0]);
  return useCallback(
    (layer: number, index: number) => {
      const kernel = connections?.kernelOfOutput[index];
      return layer === 1 && kernel !== undefined && kernel >= 0 ? kernelLabel(kernel) : null;
    },
    [connections],
  );
}

/** The same layer shared, tiled, unshared and dense, with its costs, and the experiment on when sharing wins. */
export function TilingBody(): ReactNode {
  const t = useTranslate();
  const params = useLab(selectFigureParams('tiling'));
  const sizes = useLab((state) => state.analyses[panelKey('tiling', 'conv')]?.sizes);
  const convNote = useKernelNotes('conv');
  const tiledNote = useKernelNotes('tiled');
  const localNote = useKernelNotes('local');
  // The three sparse layers are wired alike: their connections are said once (the convolution's),
  // then which kernel the focused output uses in each.
  const focus = useLab((state) => focusOf(state.figures.tiling));
  const letters = useLab((state) => state.analyses[panelKey('tiling', 'conv')]?.panel.letters);
  const kernels =
    focus?.layer === 1 && letters
      ? [
          t('tiling.live.sameWiring'),
          t('tiling.live.kernels', {
            unit: unitName(letters[1], focus.index),
            shared: convNote(1, focus.index) ?? '',
            tiled: tiledNote(1, focus.index) ?? '',
            tiles: params.tiles,
            local: localNote(1, focus.index) ?? '',
          }),
        ]
      : focus
        ? [t('tiling.live.sameWiring')]
        : [];
  return (
    <>
      <Hint mouse="figure.hint" touch="figure.hint.touch" />
      {/* The keys come before the four diagrams, which a phone stacks a screen or more tall. */}
      <WeightKey count={Number(params.kernel)} label={t('key.places')} />
      <FieldLegend figure="tiling" />
      <div className="panels panels--four">
        <FigurePanel figure="tiling" panel="conv" unitNote={convNote} weightLetters />
        <FigurePanel figure="tiling" panel="tiled" unitNote={tiledNote} weightLetters />
        <FigurePanel figure="tiling" panel="local" unitNote={localNote} weightLetters />
        <FigurePanel figure="tiling" panel="dense" />
      </div>
      <FieldAnnouncer figure="tiling" panels={['conv', 'dense']} extra={kernels} />
      <LayerCountsTable
        figure="tiling"
        columns={[
          { label: 'counts.conv', panel: 'conv' },
          { label: 'counts.tiled', panel: 'tiled' },
          { label: 'counts.local', panel: 'local' },
          { label: 'counts.dense', panel: 'dense' },
        ]}
        note={t('tiling.countsNote', {
          inputs: sizes?.[0][0] ?? 0,
          outputs: sizes?.[1][0] ?? 0,
          kernel: params.kernel,
          tiles: params.tiles,
        })}
      />
      <SharingExperiment />
    </>
  );
}
