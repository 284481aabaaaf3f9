import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { fitToFrame, reportHeight } from './embed';
import type { FigureDefinition } from './figures';
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
import { useFigures, useScenes } from './views/FiguresContext';
import { figureBody } from './views/figureBodies';
import { LanguageSwitch } from './views/LanguageSwitch';
import { NoticeList } from './views/NoticeList';
import { printWhenDrawn } from './views/printWhenDrawn';
import { ThemeSwitch } from './views/ThemeSwitch';
import { applyPageTheme } from './views/theme';
import { useHoldLinkedSection } from './views/useHoldLinkedSection';

/** Sections drawn with the page's first paint. */
const SECTIONS_IN_FIRST_PAINT = 1;

/** A figure's drawing: at once, or (for figures kept off the first load) when its section nears the viewport. */
function FigureBody(props: { figure: FigureDefinition; eager?: boolean }) {
  const Body = figureBody(props.figure);
  return (
    <FigureErrorBoundary>
      {props.figure.body ? <Body /> : <DeferredBody body={Body} eager={props.eager} />}
    </FigureErrorBoundary>
  );
}

/** Embed mode: one figure with compact chrome, a link to the full lab, and height messages to the parent page. */
function EmbeddedFigure(props: { figure: string }) {
  const t = useTranslate();
  const root = useRef<HTMLDivElement>(null);
  const figures = useFigures();
  const scenes = useScenes();
  const number = figures.findIndex((item) => item.scene.id === props.figure);
  const figure = figures[number];
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
        scenes,
      ),
    [props.figure, params, selection, language, scenes],
  );
  useEffect(() => {
    if (!root.current) return;
    if (slide) return fitToFrame(root.current);
    if (window.parent === window) return;
    return reportHeight(props.figure, window.parent, root.current);
  }, [props.figure, slide]);
  if (!figure) return null;
  const { scene } = figure;
  const fullLink = `${window.location.pathname}${query}#figure-${props.figure}`;
  return (
    <div ref={root} className="embed-root" data-embed={scene.id}>
      <main>
        <NoticeList figure="all" />
        <FigureSection scene={scene} number={number + 1} compact slide={slide}>
          <FigureBody figure={figure} eager />
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
  const figures = useFigures();
  // The page's colours follow the reader's choice (or their system, while it is auto).
  useEffect(() => applyPageTheme(theme ?? 'auto'), [theme]);
  // The first section comes with the first paint and each other one in a task of its own after it,
  // so a phone is never kept busy long enough to miss a tap. A link to a section draws them all.
  const [sectionsDrawn, setSectionsDrawn] = useState(() =>
    window.location.hash ? figures.length : SECTIONS_IN_FIRST_PAINT,
  );
  useEffect(() => {
    if (sectionsDrawn < figures.length) setSectionsDrawn(sectionsDrawn + 1);
  }, [sectionsDrawn, figures]);
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
      void printWhenDrawn(main, figures.length, () => setSectionsDrawn(figures.length)).finally(() =>
        setPreparingPrint(false),
      );
    };
    // The browser's own print (its menu) cannot wait: every section is made at once, so each figure
    // not drawn yet at least says so on paper.
    const onBeforePrint = () => flushSync(() => setSectionsDrawn(figures.length));
    addEventListener('keydown', onKey);
    addEventListener('beforeprint', onBeforePrint);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('beforeprint', onBeforePrint);
    };
  }, [embed, figures]);
  // An embedded figure is shown whole once its code has arrived, so nothing shifts as it does.
  if (embed)
    return (
      <Suspense fallback={null}>
        <EmbeddedFigure figure={embed} />
      </Suspense>
    );
  return (
    <>
      <a className="skip-link" href={`#figure-${figures[0].scene.id}`}>
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
          {figures.map(({ scene }) => (
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
        {figures.slice(0, sectionsDrawn).map((figure, index) => (
          <FigureSection key={figure.scene.id} scene={figure.scene} number={index + 1}>
            <FigureBody figure={figure} />
          </FigureSection>
        ))}
      </main>
      {sectionsDrawn === figures.length && (
        <footer className="page-footer">
          <p>{t('app.source')}</p>
        </footer>
      )}
    </>
  );
}
