/** How a page or a part of it is coloured: light, dark, or as the reader's system is set (`auto`). */
export type ThemeChoice = 'light' | 'dark' | 'auto';

/** Every theme choice, in the order a chooser lists them. */
export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'auto'];

/** True when `value` names a theme choice. */
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'auto';
}
