import '../playground/messages';
import { memo, type ReactNode, useCallback, useId } from 'react';
import { MAX_AXIS_SIZE, type NetworkSpec } from '../../engine';
import { drawnAsGraph, matchPreset, NETWORK_PRESETS, suggestedLayers } from '../../scenes';
import {
  focusOf,
  type PanelAnalysis,
  panelKey,
  sameUnit,
  selectFigureParams,
  selectFigureSelection,
  selectSelect,
  selectSetParam,
  selectSetParams,
  type UnitBox,
  useLab,
  useTranslate,
} from '../../state';
import { FieldAnnouncer } from '../FieldAnnouncer';
import { FieldLegend } from '../FieldLegend';
import { FigurePanel } from '../FigurePanel';
import { Hint } from '../Hint';
import { NumberField } from '../NumberField';
import { drawnField } from '../panelField';
import { describeFocus } from '../playground/describeFocus';
import { EffectiveFieldPanel } from '../playground/EffectiveFieldPanel';
import { GridGallery } from '../playground/GridGallery';
import { GridLegend } from '../playground/GridLegend';
import { GrowthChart } from '../playground/GrowthChart';
import { LayerTable } from '../playground/LayerTable';
import { NetworkEditor } from '../playground/NetworkEditor';
import { setInputSize } from '../playground/networkEdits';
import { usePhoto } from '../playground/usePhoto';
import { boxEntries, markedBox } from '../predict/markedBox';
import { useFirstResults } from '../useFirstResults';
import { useVisibleField } from '../useVisibleField';
import '../playground/playground.css';

/** Axes of a network's input: 2 for an image, 1 for a signal. */
function analysisDimensions(net: NetworkSpec): number {
  return Array.isArray(net.input?.size) ? 2 : 1;
}

const FIGURE = 'playground';
const PANEL = 'net';

/** The preset picker and the input's size. */
const NetworkControls = memo(function NetworkControls(props: { net: NetworkSpec }) {
  const t = useTranslate();
  const setParams = useLab(selectSetParams);
  const select = useLab(selectSelect);
  // Like the other settings, the network stays as a question set it until it is left.
  const asking = useLab((state) => state.figures[FIGURE].question !== null);
  const presetId = useId();
  const sizeId = useId();
  const preset = matchPreset(props.net, NETWORK_PRESETS) ?? 'custom';
  const size = props.net.input?.size;
  const extents = typeof size === 'number' ? [size] : Array.isArray(size) ? [...size] : [];
  const setSize = (axis: number, value: number) => {
    const next = [...extents];
    next[axis] = value;
    setParams(FIGURE, { net: setInputSize(props.net, next) }, { record: true });
  };
  const labels =
    extents.length === 2
      ? [t('playground.inputHeight'), t('playground.inputWidth')]
      : [t('playground.inputLength')];
  return (
    <fieldset className="network-controls slide-skip" disabled={asking}>
      <legend className="visually-hidden">{t('playground.networkSettings')}</legend>
      <div className="control control--wide">
        <label htmlFor={presetId}>{t('playground.preset')}</label>
        <select
          id={presetId}
          value={preset}
          data-setting="preset"
          onChange={(event) => {
            const id = event.target.value as keyof typeof NETWORK_PRESETS;
            const spec = NETWORK_PRESETS[id];
            if (!spec) return;
            setParams(FIGURE, { net: spec, show: suggestedLayers(spec) }, { record: true });
            select(FIGURE, null);
          }}
        >
          {Object.keys(NETWORK_PRESETS).map((id) => (
            <option key={id} value={id}>
              {t(`playground.preset.${id as keyof typeof NETWORK_PRESETS}`)}
            </option>
          ))}
          {preset === 'custom' && <option value="custom">{t('playground.preset.custom')}</option>}
        </select>
      </div>
      {extents.map((extent, axis) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one field per axis.
        <div className="control" key={axis}>
          <label htmlFor={`${sizeId}-${axis}`}>{labels[axis]}</label>
          <NumberField
            id={`${sizeId}-${axis}`}
            setting={
              axis === 0 && extents.length === 2
                ? 'inputHeight'
                : extents.length === 2
                  ? 'inputWidth'
                  : 'inputLength'
            }
            value={extent}
            // Any whole number reaches the network; the engine says what is too small or too large.
            definition={{ minimum: 0, maximum: MAX_AXIS_SIZE * 16 }}
            onCommit={(value) => setSize(axis, value)}
          />
        </div>
      ))}
    </fieldset>
  );
});

/** The network drawn, as the picker names it, with its input's size: "VGG-16 (TF-Slim vgg_16), 224 × 224". */
function networkName(t: ReturnType<typeof useTranslate>, analysis: PanelAnalysis): string {
  const preset = matchPreset(analysis.panel.spec, NETWORK_PRESETS) as keyof typeof NETWORK_PRESETS | null;
  const name = preset ? t(`playground.preset.${preset}`) : t('playground.preset.custom');
  return t('playground.networkName', { name, size: analysis.sizes[0].join(' × ') });
}

/** The sentence that reads out the focused unit of a network drawn as grids; follows the field on its own. */
function PlaygroundLive(props: { analysis: PanelAnalysis }) {
  const t = useTranslate();
  // While a question is asked, its own status speaks until the answer (the unit's field) is shown.
  const asking = useLab((state) => state.figures[FIGURE].question !== null);
  const storedField = useVisibleField(FIGURE, PANEL);
  const focus = useLab((state) => focusOf(state.figures[FIGURE]));
  const hover = useLab((state) => state.figures[FIGURE].hover);
  const drawn = drawnField(props.analysis, storedField, focus);
  const sentences = drawn
    ? describeFocus(
        t,
        props.analysis.geometry,
        props.analysis.panel.spec.layers,
        drawn.focus,
        drawn.field?.masks ?? null,
        sameUnit(hover, drawn.focus),
        props.analysis.panel.letters,
      )
    : [];
  return (
    <div className="live playground-live" role="status" aria-live="polite" data-live="">
      {sentences.length > 0
        ? sentences.map((sentence) => (
            <p key={sentence} data-export-text="">
              {sentence}
            </p>
          ))
        : !asking && <p>{t('live.none')}</p>}
    </div>
  );
}

/** The growth chart, ringing the layer of the focused unit. */
function PlaygroundGrowth(props: { analysis: PanelAnalysis }) {
  const focusLayer = useLab((state) => focusOf(state.figures[FIGURE])?.layer ?? null);
  return (
    <GrowthChart
      geometry={props.analysis.geometry}
      coverage={props.analysis.coverage}
      focusLayer={focusLayer}
    />
  );
}

/**
 * The network playground: a real or custom network's layers drawn as grids over a photo (or as a
 * unit graph for a small 1D network), the traced field of the focused unit on every layer, a
 * sentence that reads it out, the growth of r, the per-layer table and the network editor. A hover
 * redraws the grids, the sentence and the chart's mark, not the table or the editor.
 */
export function PlaygroundBody(): ReactNode {
  useFirstResults(FIGURE, (state) => panelKey(FIGURE, PANEL) in state.analyses);
  const t = useTranslate();
  const params = useLab(selectFigureParams(FIGURE));
  const analysis = useLab((state) => state.analyses[panelKey(FIGURE, PANEL)]);
  const selection = useLab(selectFigureSelection(FIGURE));
  const setParam = useLab(selectSetParam);
  // While a question is asked: its unit is drawn in place of the selection, and what would give
  // the answer away (each layer's r, S and P) waits for the check; a field is answered with a box.
  const question = useLab((state) => state.figures[FIGURE].question);
  const attempt = useLab((state) => state.figures[FIGURE].attempt);
  const setEntry = useLab((state) => state.setEntry);
  const dimensions = analysisDimensions(params.net);
  const onMarkBox = useCallback(
    (box: UnitBox) => {
      for (const [name, value] of Object.entries(boxEntries(box, dimensions))) setEntry(FIGURE, name, value);
    },
    [setEntry, dimensions],
  );
  const inputSize = analysis?.sizes[0] ?? null;
  const photo = usePhoto(params.photo, inputSize);
  const onToggle = useCallback(
    (layer: number) =>
      setParam(
        FIGURE,
        'show',
        params.show.includes(layer)
          ? params.show.filter((item) => item !== layer)
          : [...params.show, layer].sort((a, b) => a - b),
      ),
    [params.show, setParam],
  );
  if (!analysis) return <p className="figure__loading">{t('figure.loading')}</p>;
  const checked = attempt.checked;
  const showChart = !question || checked > 0;
  const showTable = !question || checked >= (question.kind === 'size' ? 2 : 1);
  const boxQuestion = question?.kind === 'field';
  const layers = analysis.panel.spec.layers;
  const totalUnits = analysis.sizes.reduce((total, size) => total + size.reduce((a, b) => a * b, 1), 0);
  const asGraph =
    drawnAsGraph(analysis.sizes) && analysis.connections.every((connections) => connections !== null);
  return (
    <>
      <NetworkControls net={params.net} />
      {/* How to use the grids (tap or click, keys, zoom) is not obvious, so embeds keep it too. */}
      {asGraph ? (
        <Hint mouse="figure.hint" touch="figure.hint.touch" essential />
      ) : analysis.sizes[0].length === 1 ? (
        <Hint mouse="playground.hintStrips" touch="playground.hintStrips.touch" essential />
      ) : (
        <Hint mouse="playground.hint" touch="playground.hint.touch" essential />
      )}
      {asGraph ? (
        <>
          <p className="grid-gallery__network" data-export-text="">
            {networkName(t, analysis)}
          </p>
          {/* As for the grids: the sentence sticks to the bottom of a touch screen while the graph is on it. */}
          <div className="playground-stage">
            <FigurePanel figure={FIGURE} panel={PANEL} className="panel--stack" />
            <FieldAnnouncer figure={FIGURE} panels={[PANEL]} exported className="playground-live" />
          </div>
          <FieldLegend figure={FIGURE} />
        </>
      ) : (
        <>
          {analysis.sizes[0].length === 1 && (
            <p className="note">{t('playground.tooManyUnits', { units: totalUnits })}</p>
          )}
          {/* The sentence sticks to the bottom of the screen only while the grids are on it. */}
          <div className="playground-stage">
            <GridGallery
              figure={FIGURE}
              analysis={analysis}
              shown={params.show}
              photo={photo}
              inputName={
                analysis.sizes[0].length === 2
                  ? t(`controls.photo.${params.photo}`)
                  : t('playground.kind.input')
              }
              networkName={networkName(t, analysis)}
              selection={selection}
              target={question ? question.target : undefined}
              markedBox={boxQuestion ? markedBox(attempt, dimensions) : null}
              onMarkBox={boxQuestion && checked === 0 ? onMarkBox : undefined}
            />
            <PlaygroundLive analysis={analysis} />
          </div>
          <GridLegend />
          {/* Its dashed box is the field a question asks for: it waits for the check. */}
          {analysis.sizes[0].length === 2 &&
            (!question || checked > 0) &&
            (selection && selection.layer > 0 ? (
              <EffectiveFieldPanel analysis={analysis} focus={selection} photo={photo} />
            ) : (
              <p className="note slide-skip" data-erf-prompt="">
                {t('playground.erf.select')}
              </p>
            ))}
        </>
      )}
      {showChart && (
        <div className="slide-skip">
          <PlaygroundGrowth analysis={analysis} />
        </div>
      )}
      {showTable && (
        <LayerTable
          analysis={analysis}
          layers={layers}
          shown={params.show}
          selectedLayer={selection?.layer ?? null}
          onToggle={onToggle}
        />
      )}
      {/* The network stays as the question set it: its editor comes back when the question is left. */}
      {!question && <NetworkEditor figure={FIGURE} net={params.net} />}
    </>
  );
}
