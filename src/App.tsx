import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { fitToFrame, reportHeight } from './embed';
import { SCENES } from './figures';
import {
  encodeUrlState,
  selectEmbed,
  selectLanguage,
  selectSlideView,
  selectTheme,
  useLab,
  useTranslate,
} from './state';
import { DeferredBody } from './views/DeferredBody';
import { FigureErrorBoundary } from './views/FigureErrorBoundary';
import { FigureSection } from './views/FigureSection';
import { DEFERRED_FIGURES, figureBody } from './views/figureBodies';
import { LanguageSwitch } from './views/LanguageSwitch';
import { NoticeList } from './views/NoticeList';
import { printWhenDrawn } from './views/printWhenDrawn';
import { ThemeSwitch } from './views/ThemeSwitch';
import { applyPageTheme } from './views/theme';
import { useHoldLinkedSection } from './views/useHoldLinkedSection';

/** Sections drawn with the page's first paint. */
const SECTIONS_IN_FIRST_PAINT = 1;

/** A figure's drawing: at once, or (for figures kept off the first load) when its section nears the viewport. */
function FigureBody(props: { figure: string; eager?: boolean }) {
  const Body = figureBody(props.figure);
  return (
    <FigureErrorBoundary>
      {DEFERRED_FIGURES.has(props.figure) ? <DeferredBody body={Body} eager={props.eager} /> : <Body />}
    </FigureErrorBoundary>
  );
}

/** Embed mode: one figure with compact chrome, a link to the full lab, and height messages to the parent page. */
function EmbeddedFigure(props: { figure: string }) {
  const t = useTranslate();
  const root = useRef<HTMLDivElement>(null);
  const number = SCENES.findIndex((item) => item.id === props.figure);
  const scene = SCENES[number];
  // As a slide, the figure is scaled to the frame it is given, which its page sizes: no height to tell.
  const slide = useLab(selectSlideView);
  // The link follows this figure's settings, selection and language only, not every hover.
  const [params, selection, language] = useLab(
    useShallow((state) => [
      state.figures[props.figure]?.params,
      state.figures[props.figure]?.selection,
      state.language,
    ]),
  );
  const query = useMemo(
    () =>
      encodeUrlState(
        {
          figures: params ? { [props.figure]: { params, selection: selection ?? null } } : {},
          language,
          embed: null,
          // The full lab opens in the reader's own tab, in their own colours.
          theme: null,
          view: null,
        },
        SCENES,
      ),
    [props.figure, params, selection, language],
  );
  useEffect(() => {
    if (!root.current) return;
    if (slide) return fitToFrame(root.current);
    if (window.parent === window) return;
    return reportHeight(props.figure, window.parent, root.current);
  }, [props.figure, slide]);
  if (!scene) return null;
  const fullLink = `${window.location.pathname}${query}#figure-${props.figure}`;
  return (
    <div ref={root} className="embed-root" data-embed={scene.id}>
      <main>
        <NoticeList figure="all" />
        <FigureSection scene={scene} number={number + 1} compact slide={slide}>
          <FigureBody figure={scene.id} eager />
        </FigureSection>
      </main>
      <footer className="embed-footer" hidden={slide}>
        <a href={fullLink} target="_blank" rel="noopener">
          {t('embed.openFull')}
        </a>
        <LanguageSwitch />
      </footer>
    </div>
  );
}

/** The lab: the companion page with every figure in reading order, or one figure in embed mode. */
export function App() {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const embed = useLab(selectEmbed);
  const theme = useLab(selectTheme);
  // The page's colours follow the reader's choice (or their system, while it is auto).
  useEffect(() => applyPageTheme(theme ?? 'auto'), [theme]);
  // The first section comes with the first paint and each other one in a task of its own after it,
  // so a phone is never kept busy long enough to miss a tap. A link to a section draws them all.
  const [sectionsDrawn, setSectionsDrawn] = useState(() =>
    window.location.hash ? SCENES.length : SECTIONS_IN_FIRST_PAINT,
  );
  useEffect(() => {
    if (sectionsDrawn < SCENES.length) setSectionsDrawn(sectionsDrawn + 1);
  }, [sectionsDrawn]);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [language, t]);
  useHoldLinkedSection(!embed);
  // Ctrl/⌘ + P prints the whole page with every figure drawn, even right after it opened; the
  // page says it is drawing them meanwhile.
  const [preparingPrint, setPreparingPrint] = useState(false);
  useEffect(() => {
    if (embed) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'p') return;
      const main = document.querySelector('main');
      if (!main) return;
      event.preventDefault();
      setPreparingPrint(true);
      void printWhenDrawn(main, SCENES.length, () => setSectionsDrawn(SCENES.length)).finally(() =>
        setPreparingPrint(false),
      );
    };
    // The browser's own print (its menu) cannot wait: every section is made at once, so each figure
    // not drawn yet at least says so on paper.
    const onBeforePrint = () => flushSync(() => setSectionsDrawn(SCENES.length));
    addEventListener('keydown', onKey);
    addEventListener('beforeprint', onBeforePrint);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('beforeprint', onBeforePrint);
    };
  }, [embed]);
  // An embedded figure is shown whole once its code has arrived, so nothing shifts as it does.
  if (embed)
    return (
      <Suspense fallback={null}>
        <EmbeddedFigure figure={embed} />
      </Suspense>
    );
  return (
    <>
      <a className="skip-link" href={`#figure-${SCENES[0].id}`}>
        {t('app.skipToContent')}
      </a>
      <header className="page-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <div className="page-header__switches">
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </header>
      <nav className="contents" aria-label={t('app.contents')}>
        <ol>
          {SCENES.map((scene) => (
            <li key={scene.id}>
              <a href={`#figure-${scene.id}`}>{t(scene.heading)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <main>
        <NoticeList figure="page" />
        {preparingPrint && (
          <p className="print-wait" role="status">
            {t('app.preparingPrint')}
          </p>
        )}
        {SCENES.slice(0, sectionsDrawn).map((scene, index) => (
          <FigureSection key={scene.id} scene={scene} number={index + 1}>
            <FigureBody figure={scene.id} />
          </FigureSection>
        ))}
      </main>
      {sectionsDrawn === SCENES.length && (
        <footer className="page-footer">
          <p>{t('app.source')}</p>
        </footer>
      )}
    </>
  );
}
