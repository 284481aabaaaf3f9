import { useEffect, useId, useRef, useState } from 'react';
import {
  EMBED_FORMATS,
  type EmbedFormat,
  embedSnippet,
  HEIGHT_MESSAGE_TYPE,
  type HeightMessage,
  labAddress,
  showVerdict,
} from '../embed';
import { askedTarget, type QuestionKind, type SceneDefinition } from '../scenes';
import {
  encodeUrlState,
  selectLanguage,
  THEME_CHOICES,
  type ThemeChoice,
  type UrlState,
  urlStateOf,
  useLab,
  useLabStore,
  useTranslate,
} from '../state';
import { ChoiceSelect } from './ChoiceSelect';
import { NumberField } from './NumberField';
import './embedDialogMessages';
import './predict/messages';
import { useScenes } from './FiguresContext';
import { questionText } from './predict/questionText';
import { whenDrawn } from './whenDrawn';
import './EmbedDialog.css';

/** Pixels a fixed-height frame has beyond its figure's measured height. */
const FIXED_HEIGHT_SPARE = 3;

/** How long the measuring frame tells no new height before its height counts, in ms. */
const QUIET_MS = 250;
/** Times the dialog waits for its measuring frame to draw its figure (and verdict) before measuring anyway. */
const MEASURE_ATTEMPTS = 4;

/** Narrowest and widest column a course page may give a figure, in CSS pixels. */
const COLUMN_LIMITS = { minimum: 280, maximum: 2400 };

/**
 * The embed dialog: an iframe snippet for exactly the figure's current state, ready to copy. It
 * opens when mounted and again each time `request` changes (each press of the Embed button).
 */
export function EmbedDialog(props: {
  scene: SceneDefinition;
  section: () => HTMLElement | null;
  request: number;
}) {
  const t = useTranslate();
  const scenes = useScenes();
  const language = useLab(selectLanguage);
  const store = useLabStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const snippetId = useId();
  const columnId = useId();
  const [format, setFormat] = useState<EmbedFormat>('html');
  // What the figure looked like when the dialog opened: its state, and its height in a column of
  // `width` (this page's, or the one the author says their page has), once measured.
  const [shown, setShown] = useState<{
    state: UrlState;
    height: number;
    width: number;
    measured: boolean;
  } | null>(null);
  // Course pages are mostly light: an embed is light unless the author chooses otherwise.
  const [theme, setTheme] = useState<ThemeChoice>('light');
  // What copying said, and about which snippet: a change of format or colours makes it stale.
  const [status, setStatus] = useState({ text: '', of: '' });
  // Ask first: the embedded figure opens with a question (the one it asks now, or one of its kinds).
  const [askFirst, setAskFirst] = useState<QuestionKind | 'none'>('none');
  const measurer = useRef<HTMLIFrameElement>(null);
  const open = () => {
    const state = { ...urlStateOf(store.getState()), embed: props.scene.id };
    setAskFirst(state.figures[props.scene.id]?.question?.kind ?? 'none');
    const section = props.section();
    setShown({
      state,
      height: section?.getBoundingClientRect().height ?? 600,
      width: section?.clientWidth ?? 640,
      measured: false,
    });
    setStatus({ text: '', of: '' });
    if (!dialog.current?.open) dialog.current?.showModal();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a press of the button is the trigger.
  useEffect(open, [props.request]);
  // A slide shows the figure as a slide: its drawing, scaled to the frame.
  const view = format === 'reveal' ? 'figure' : null;
  const asksFirst = askFirst !== 'none';
  const source = shown
    ? `${labAddress(window.location)}${encodeUrlState({ ...withQuestion(shown.state), theme, view }, scenes, props.scene.id)}`
    : '';
  // The height the embedded figure itself has at this column's width (an embed is more compact
  // than its section here): measured in a hidden frame of the embed, which tells its height as it
  // would tell a course page. A snippet without the script (Markdown, Jupyter) keeps this height.
  // Its height counts once the figure is drawn and the frame has told no new height for a while. A
  // figure that asks first grows when its verdict appears: the frame answers and checks it first
  // (the frame then keeps that height, at any column width).
  const settlingFor = useRef('');
  const settlingIn = useRef<Document | null>(null);
  const lastHeightAt = useRef(0);
  // The embed address whose height is final.
  const [settledFor, setSettledFor] = useState('');
  useEffect(() => {
    const frame = measurer.current;
    if (!shown || !frame) return;
    const listen = (event: MessageEvent) => {
      const data = event.data as Partial<HeightMessage> | null;
      if (event.source !== frame.contentWindow || data?.type !== HEIGHT_MESSAGE_TYPE) return;
      const height = Number(data.height);
      if (!(height > 0)) return;
      lastHeightAt.current = performance.now();
      setShown((current) =>
        current && (current.height !== height || !current.measured)
          ? { ...current, height, measured: true }
          : current,
      );
      // Measured in the frame's present document: one that reloads (into a new version, when a
      // chunk failed) is measured again from its start.
      const document = frame.contentDocument;
      if (!document || (settlingFor.current === source && settlingIn.current === document)) return;
      settlingFor.current = source;
      settlingIn.current = document;
      const current = () => settlingFor.current === source && settlingIn.current === document;
      void (async () => {
        // A busy machine may draw the hidden frame late: a height taken before its figure (and,
        // when it asks first, its verdict) is shown would be too small, so it tries again, a few
        // times, before counting the height it has.
        for (let attempt = 0; attempt < MEASURE_ATTEMPTS && current(); attempt += 1) {
          const drawn = await whenDrawn(document);
          if (drawn && (!asksFirst || (await showVerdict(document)))) break;
        }
        while (current() && performance.now() - lastHeightAt.current < QUIET_MS)
          await new Promise((resolve) => setTimeout(resolve, QUIET_MS / 4));
        if (current()) setSettledFor(source);
      })();
    };
    addEventListener('message', listen);
    return () => removeEventListener('message', listen);
  }, [shown, source, asksFirst]);
  // A frame of fixed height (Markdown, Jupyter) is a few pixels taller than its figure: a page's
  // rounding must not give it a scrollbar, which would narrow it and make the figure taller still.
  const snippet = shown
    ? embedSnippet(
        source,
        t('embed.frameTitle', { figure: t(props.scene.heading) }),
        shown.height + FIXED_HEIGHT_SPARE,
        format,
        ['clipboard-write', ...(props.scene.embedAllows ?? [])],
      )
    : '';
  const fixedHeight = format === 'markdown' || format === 'jupyter';
  const measured = shown?.measured === true && settledFor === source;
  /** The state with the question the teacher chose to ask first (and none when they chose none). */
  function withQuestion(state: UrlState): UrlState {
    const figure = state.figures[props.scene.id];
    if (!figure) return state;
    let question = null;
    if (askFirst !== 'none') {
      const current = figure.question?.kind === askFirst ? figure.question.target : null;
      const target = current ?? askedTarget(props.scene, askFirst, figure.params, figure.selection);
      question = target ? { kind: askFirst, target } : null;
    }
    return { ...state, figures: { ...state.figures, [props.scene.id]: { ...figure, question } } };
  }
  const kinds = props.scene.questions?.kinds ?? [];
  // The question the embed asks, to be said in words (which unit it is about).
  const askedFigure = shown ? withQuestion(shown.state).figures[props.scene.id] : undefined;
  const asked = askedFigure?.question ? { ...askedFigure.question, params: askedFigure.params } : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus({ text: t('embed.copied'), of: snippet });
    } catch {
      setStatus({ text: t('embed.copyFailed'), of: snippet });
    }
  };
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} data-embed-dialog="">
      <h3 id={headingId}>{t('embed.heading')}</h3>
      {shown && (
        <>
          <iframe
            ref={measurer}
            className="embed-dialog__measurer"
            src={source}
            title={t('embed.measuring')}
            inert
            width={shown.width}
            height={1}
          />
          <p>{t('embed.instructions')}</p>
          {props.scene.linkNote && <p data-link-note="">{t(props.scene.linkNote)}</p>}
          <ChoiceSelect<EmbedFormat>
            label={t('embed.format')}
            choices={EMBED_FORMATS}
            value={format}
            name={(choice) => t(`embed.format.${choice}`)}
            onChange={setFormat}
            setting="embedFormat"
          />
          <p className="embed-dialog__note" data-format-note="">
            {t(`embed.formatNote.${format}`)}
          </p>
          {fixedHeight && (
            <div className="control embed-dialog__column">
              <label htmlFor={columnId}>{t('embed.column')}</label>
              <NumberField
                id={columnId}
                setting="embedColumn"
                value={shown.width}
                definition={COLUMN_LIMITS}
                onCommit={(width) =>
                  setShown((current) => (current ? { ...current, width, measured: false } : current))
                }
              />
              <p
                className="embed-dialog__note"
                role="status"
                data-column-height={measured ? shown.height + FIXED_HEIGHT_SPARE : ''}
              >
                {measured
                  ? t('embed.columnMeasured', {
                      width: shown.width,
                      height: shown.height + FIXED_HEIGHT_SPARE,
                    })
                  : t('embed.measuring')}
              </p>
            </div>
          )}
          {kinds.length > 0 && (
            <>
              <ChoiceSelect<QuestionKind | 'none'>
                label={t('embed.askFirst')}
                choices={['none', ...kinds]}
                value={askFirst}
                name={(choice) =>
                  choice === 'none' ? t('embed.askFirst.none') : t(`predict.kind.${choice}`)
                }
                onChange={setAskFirst}
                setting="embedAskFirst"
              />
              {asked && (
                <p className="embed-dialog__note" data-asks="">
                  {t('embed.asks', {
                    question: questionText(t, props.scene, asked, asked.params, 0).question,
                  })}
                  {asked.kind === 'field' || asked.kind === 'reach' || asked.kind === 'size'
                    ? `${language === 'zh' ? '' : ' '}${t('embed.asks.otherUnit')}`
                    : ''}
                </p>
              )}
              <p className="embed-dialog__note" data-ask-note="">
                {t('embed.askFirst.note')}
              </p>
            </>
          )}
          <ChoiceSelect<ThemeChoice>
            label={t('embed.theme')}
            choices={THEME_CHOICES}
            value={theme}
            name={(choice) => t(`embed.theme.${choice}`)}
            onChange={setTheme}
            setting="embedTheme"
          />
          <label htmlFor={snippetId}>{t('embed.snippetLabel')}</label>
          <textarea
            id={snippetId}
            readOnly
            rows={6}
            value={snippet}
            data-embed-snippet=""
            onFocus={(event) => event.target.select()}
          />
          <p className="embed-dialog__actions">
            <button type="button" onClick={copy}>
              {t('embed.copy')}
            </button>
            <a href={source} target="_blank" rel="noopener">
              {t('embed.preview')}
            </a>
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('embed.close')}
            </button>
          </p>
          <p role="status">{status.of === snippet ? status.text : ''}</p>
        </>
      )}
    </dialog>
  );
}
