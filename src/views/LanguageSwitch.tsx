import { LANGUAGES, translate } from '../i18n';
import { selectLanguage, selectSetLanguage, useLab, useTranslate } from '../state';

/** Buttons that switch the page between Chinese and English; each is named in its own language. */
export function LanguageSwitch() {
  const language = useLab(selectLanguage);
  const setLanguage = useLab(selectSetLanguage);
  const t = useTranslate();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons, not a form field set.
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {translate(option, `language.${option}`)}
        </button>
      ))}
    </div>
  );
}
