import { selectSetTheme, selectTheme, THEME_CHOICES, useLab, useTranslate } from '../state';

/** Buttons that colour the page light, dark, or as the reader's system is set (the default). */
export function ThemeSwitch() {
  const t = useTranslate();
  const theme = useLab(selectTheme) ?? 'auto';
  const setTheme = useLab(selectSetTheme);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons, not a form field set.
    <div className="theme-switch" role="group" aria-label={t('theme.label')}>
      {THEME_CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          aria-pressed={theme === choice}
          data-theme-choice={choice}
          onClick={() => setTheme(choice)}
        >
          {t(`theme.${choice}`)}
        </button>
      ))}
    </div>
  );
}
