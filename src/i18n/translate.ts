import { en, type MessageKey } from './en';
import { zh } from './zh';

/** The languages the lab speaks. */
export type Language = 'en' | 'zh';

/** Every language, in the order the switch lists them. */
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** Values for a message's `{name}` placeholders; numbers are formatted for the language. */
export type MessageValues = Record<string, string | number>;

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { en, zh };
const LOCALES: Record<Language, string> = { en: 'en', zh: 'zh-CN' };

// Building a NumberFormat is slow (tens of microseconds); a figure formats thousands of numbers per frame.
const FORMATTERS: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(LOCALES.en),
  zh: new Intl.NumberFormat(LOCALES.zh),
};

const MEASURES: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(LOCALES.en, { maximumSignificantDigits: 2 }),
  zh: new Intl.NumberFormat(LOCALES.zh, { maximumSignificantDigits: 2 }),
};

/** Formats a measured quantity to two significant digits (0.00012, 0.031, 1,200). */
export function formatMeasure(language: Language, value: number): string {
  return MEASURES[language].format(value);
}

/** Formats a count with the language's digit grouping (e.g. 16,006,144,000). */
export function formatNumber(language: Language, value: number): string {
  return FORMATTERS[language].format(value);
}

/** The message `key` in `language`, with `{name}` placeholders replaced by `values`. */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  return DICTIONARIES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

/** True when `value` names a language of the lab. */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'zh';
}

/** The lab language closest to the browser's preferences (`navigator.languages`); English otherwise. */
export function detectLanguage(preferences: readonly string[]): Language {
  for (const preference of preferences) {
    const primary = preference.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The placeholder names a message uses, for consistency checks between languages. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
