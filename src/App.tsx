import { useEffect, useRef } from 'react';
import { reportHeight } from './embed';
import { SCENES, sceneById } from './scenes';
import { encodeUrlState, selectEmbed, selectLanguage, urlStateOf, useLab, useTranslate } from './state';
import { FigureSection } from './views/FigureSection';
import { FIGURE_BODIES } from './views/figureBodies';
import { LanguageSwitch } from './views/LanguageSwitch';
import { NoticeList } from './views/NoticeList';

/** Embed mode: one figure with compact chrome, a link to the full lab, and height messages to the parent page. */
function EmbeddedFigure(props: { figure: string }) {
  const t = useTranslate();
  const root = useRef<HTMLDivElement>(null);
  const scene = sceneById(props.figure);
  const query = useLab((state) => encodeUrlState({ ...urlStateOf(state), embed: null }));
  useEffect(() => {
    document.body.classList.add('embedded');
    if (!root.current || window.parent === window) return;
    return reportHeight(props.figure, window.parent, root.current);
  }, [props.figure]);
  if (!scene) return null;
  const Body = FIGURE_BODIES[scene.id];
  const fullLink = `${window.location.pathname}${query}#figure-${props.figure}`;
  return (
    <div ref={root} className="embed-root" data-embed={scene.id}>
      <main>
        <NoticeList />
        <FigureSection scene={scene} number={SCENES.indexOf(scene) + 1} compact>
          <Body />
        </FigureSection>
      </main>
      <footer className="embed-footer">
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
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [language, t]);
  if (embed) return <EmbeddedFigure figure={embed} />;
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
        <LanguageSwitch />
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
        <NoticeList />
        {SCENES.map((scene, index) => {
          const Body = FIGURE_BODIES[scene.id];
          return (
            <FigureSection key={scene.id} scene={scene} number={index + 1}>
              <Body />
            </FigureSection>
          );
        })}
      </main>
      <footer className="page-footer">
        <p>{t('app.source')}</p>
      </footer>
    </>
  );
}
