import { useEffect } from 'react';
import { selectLanguage, useLab, useTranslate } from './state';
import { LanguageSwitch } from './views/LanguageSwitch';
import { NoticeList } from './views/NoticeList';
import { SparseFigure } from './views/SparseFigure';

/** The lab page: header with the language switch, notices, the figure, the source. */
export function App() {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [language, t]);
  return (
    <>
      <a className="skip-link" href="#figure-sparse">
        {t('app.skipToFigure')}
      </a>
      <header className="page-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main>
        <NoticeList />
        <SparseFigure />
      </main>
      <footer className="page-footer">
        <p>{t('app.source')}</p>
      </footer>
    </>
  );
}
