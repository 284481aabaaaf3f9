import { useEffect, useId, useRef, useState } from 'react';
import { edgeCounts } from '../../engine';
import { formatBytes, formatMeasure, formatNumber } from '../../i18n';
import { selectLanguage, useEngine, useLab, useTranslate } from '../../state';
import { isStaleRequest } from '../../worker';
import { SubHeading } from '../SubHeading';
import { type DenseProgress, type DenseResult, denseWorkers, runDenseLayer } from './runDenseLayer';
import type { EdgeMap } from './useEdgeMap';

type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: DenseProgress }
  | { phase: 'cancelled'; elapsedMs: number; changed: boolean }
  | { phase: 'failed'; message: string }
  | { phase: 'done'; result: DenseResult; map: EdgeMap; difference: number };

function largestDifference(a: Float32Array, b: Float32Array): number {
  let largest = 0;
  for (let index = 0; index < a.length; index += 1)
    largest = Math.max(largest, Math.abs(a[index] - b[index]));
  return largest;
}

/**
 * "Run the dense layer for real": the map computed again as a dense layer, in workers of its own,
 * with progress, time left and a cancel that stops it at once; then both times, their ratio
 * beside the counts' prediction, and the largest difference between the two maps.
 */
export function DenseRun(props: { map: EdgeMap; paused: boolean }) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const engine = useEngine();
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const workers = denseWorkers();
  const { map } = props;
  const counts = edgeCounts(map.image.size, map.kernel.size);
  const seconds = (ms: number) => formatMeasure(language, Math.round(ms / 100) / 10);
  // A time with its unit: milliseconds under a second (a small image's run), seconds above.
  const duration = (ms: number) =>
    ms < 1000
      ? t('edges.duration.ms', { value: formatMeasure(language, Number(Math.max(ms, 0.01).toPrecision(2))) })
      : t('edges.duration.s', { value: seconds(ms) });
  const percent = (fraction: number) => `${Math.floor(fraction * 100)}%`;
  useEffect(() => () => abort.current?.abort(), []);
  // A new image or kernel stops a run: its result would answer a question no longer on screen.
  const runningMap = useRef<EdgeMap | null>(null);
  const changedMidway = useRef(false);
  useEffect(() => {
    if (runningMap.current && runningMap.current !== map) {
      changedMidway.current = true;
      abort.current?.abort();
    }
  }, [map]);

  const run = () => {
    const controller = new AbortController();
    abort.current = controller;
    runningMap.current = map;
    changedMidway.current = false;
    setState({ phase: 'running', progress: { fraction: 0, elapsedMs: 0, remainingMs: null } });
    const started = performance.now();
    runDenseLayer(engine, map.image, map.kernel, {
      workers,
      signal: controller.signal,
      onProgress: (progress) => {
        if (!controller.signal.aborted) setState({ phase: 'running', progress });
      },
    }).then(
      (result) => {
        runningMap.current = null;
        setState({ phase: 'done', result, map, difference: largestDifference(result.values, map.values) });
        runButton.current?.focus();
      },
      (error) => {
        runningMap.current = null;
        if (controller.signal.aborted || isStaleRequest(error)) {
          setState({
            phase: 'cancelled',
            elapsedMs: performance.now() - started,
            changed: changedMidway.current,
          });
        } else {
          setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      },
    );
  };
  useEffect(() => {
    if (state.phase === 'running') cancelButton.current?.focus();
  }, [state.phase]);
  const running = state.phase === 'running';
  return (
    <section
      className="dense-run"
      data-dense-run={state.phase}
      aria-labelledby={titleId}
      // A run not made (or not finished) has nothing to show on paper: an export leaves it out.
      data-export-skip={state.phase === 'done' ? undefined : ''}
    >
      <SubHeading id={titleId} exported>
        {t('edges.dense.title')}
      </SubHeading>
      <p data-export-text="">
        {t('edges.dense.explain', {
          multiplyAdds: formatNumber(language, counts.denseEntries),
          count: workers,
          // 4 bytes per 32-bit weight.
          size: formatBytes(language, counts.denseEntries * 4),
        })}
      </p>
      <div className="dense-run__actions">
        {running ? (
          <button
            ref={cancelButton}
            type="button"
            data-action="cancel-dense"
            onClick={() => abort.current?.abort()}
          >
            {t('edges.dense.cancel')}
          </button>
        ) : (
          <button ref={runButton} type="button" data-action="run-dense" onClick={run} disabled={props.paused}>
            {t('edges.dense.run')}
          </button>
        )}
      </div>
      {running && (
        <div className="dense-run__progress">
          <div
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.floor(state.progress.fraction * 100)}
            aria-label={t('edges.dense.progress', { percent: percent(state.progress.fraction) })}
            className="dense-run__bar"
          >
            <div className="dense-run__fill" style={{ width: `${state.progress.fraction * 100}%` }} />
          </div>
          <p aria-live="off">
            {state.progress.remainingMs === null
              ? t('edges.dense.progressStart', {
                  percent: percent(state.progress.fraction),
                  elapsed: seconds(state.progress.elapsedMs),
                })
              : t('edges.dense.progressText', {
                  percent: percent(state.progress.fraction),
                  elapsed: seconds(state.progress.elapsedMs),
                  remaining: seconds(state.progress.remainingMs),
                })}
          </p>
        </div>
      )}
      <div role="status" className="dense-run__result">
        {state.phase === 'cancelled' && (
          <p>
            {t(state.changed ? 'edges.dense.changed' : 'edges.dense.cancelled', {
              elapsed: seconds(state.elapsedMs),
            })}
          </p>
        )}
        {state.phase === 'failed' && <p>{t('edges.dense.failed', { message: state.message })}</p>}
        {state.phase === 'done' && (
          <>
            {/* Times measured on this machine, now: not for a file. */}
            <p
              data-dense-wall-ms={state.result.wallMs}
              data-dense-work-ms={state.result.workMs}
              data-dense-rate={state.result.multiplyAdds / (state.result.workMs / 1000)}
            >
              {t('edges.dense.done', {
                wall: duration(state.result.wallMs),
                count: state.result.workers,
                work: duration(state.result.workMs),
                rate: formatNumber(
                  language,
                  Number((state.result.multiplyAdds / (state.result.workMs / 1000)).toPrecision(3)),
                ),
              })}
            </p>
            <p data-dense-ratio={state.result.workMs / state.map.elapsedMs}>
              {t('edges.dense.compare', {
                conv: formatMeasure(language, Number(state.map.elapsedMs.toPrecision(2))),
                measured: formatNumber(
                  language,
                  Math.round(state.result.workMs / Math.max(state.map.elapsedMs, 1e-3)),
                ),
                predicted: formatNumber(
                  language,
                  Math.round(edgeCounts(state.map.image.size, state.map.kernel.size).flopsRatio),
                ),
              })}
            </p>
            <p data-export-text="" data-dense-difference={state.difference}>
              {t('edges.dense.difference', {
                difference: state.difference === 0 ? '0' : state.difference.toExponential(1),
              })}
            </p>
            {state.map !== map && <p className="edges-note">{t('edges.dense.stale')}</p>}
          </>
        )}
      </div>
    </section>
  );
}
