import { en } from './en';
import type { MessageKey } from './messageCatalog';
import { zh } from './zh';

/** The languages the lab speaks. */
export type Language = 'en' | 'zh';

/** Every language, in the order the switch lists them. */
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** Values for a message's `{name}` placeholders; numbers are formatted for the language. */
export type MessageValues = Record<string, string | number>;

/** A message in the page's language, by key, its placeholders filled (what `useTranslate` gives). */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * A message whose wording depends on the number in its `{count}`: one form per plural category
 * of the language (`Intl.PluralRules`); `other` is required, Chinese needs no more.
 */
export interface PluralMessage {
  readonly one?: string;
  readonly other: string;
}

/** A message: one text, or plural forms. */
export type Message = string | PluralMessage;

/** Every message loaded so far, by language: the page's, then each deferred figure's as it arrives. */
const DICTIONARIES: Record<Language, Partial<Record<MessageKey, Message>>> = { en: { ...en }, zh: { ...zh } };

/**
 * Adds the messages of a figure whose code loads later (both languages, the same keys), so its
 * strings travel with its code instead of the first load.
 */
export function registerMessages(messages: Record<Language, Partial<Record<MessageKey, Message>>>): void {
  Object.assign(DICTIONARIES.en, messages.en);
  Object.assign(DICTIONARIES.zh, messages.zh);
}
const LOCALES: Record<Language, string> = { en: 'en', zh: 'zh-CN' };

// Building a NumberFormat is slow (tens of microseconds); a figure formats thousands of numbers per frame.
const FORMATTERS: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(LOCALES.en),
  zh: new Intl.NumberFormat(LOCALES.zh),
};

const PLURALS: Record<Language, Intl.PluralRules> = {
  en: new Intl.PluralRules(LOCALES.en),
  zh: new Intl.PluralRules(LOCALES.zh),
};

const MEASURES: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(LOCALES.en, { maximumSignificantDigits: 2 }),
  zh: new Intl.NumberFormat(LOCALES.zh, { maximumSignificantDigits: 2 }),
};

/** Formats a measured quantity to two significant digits (0.00012, 0.031, 1,200). */
export function formatMeasure(language: Language, value: number): string {
  return MEASURES[language].format(value);
}

const BYTE_UNITS = [
  [1e9, 'gigabyte'],
  [1e6, 'megabyte'],
  [1e3, 'kilobyte'],
  [1, 'byte'],
] as const;

/** Formats a size in bytes in the largest decimal unit it reaches, to two significant digits (32 GB, 360 kB). */
export function formatBytes(language: Language, bytes: number): string {
  const [scale, unit] = BYTE_UNITS.find(([size]) => bytes >= size) ?? BYTE_UNITS[3];
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumSignificantDigits: 2,
  }).format(bytes / scale);
}

/** Sentences run on as one text: after a space in English, straight on after Chinese full stops. */
export function joinSentences(language: Language, sentences: readonly string[]): string {
  return sentences.join(language === 'zh' ? '' : ' ');
}

/** A list of alternatives in the language's words: "a, b, or c", "a、b或c". */
export function formatAlternatives(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'disjunction' }).format(items);
}

/** Formats a count with the language's digit grouping (e.g. 16,006,144,000), a negative one with a true minus sign (−26). */
export function formatNumber(language: Language, value: number): string {
  return FORMATTERS[language].format(value).replace('-', '\u2212');
}

/** Every wording of a message: the text itself, or each of its plural forms. */
export function messageForms(message: Message): string[] {
  return typeof message === 'string'
    ? [message]
    : Object.values(message).filter((form) => form !== undefined);
}

/**
 * The message `key` in `language`, with `{name}` placeholders replaced by `values`; a plural
 * message takes the form its language's rules give for `values.count`.
 */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const message = DICTIONARIES[language][key];
  // A key whose figure has not loaded yet shows as itself rather than breaking the page.
  if (message === undefined) return key;
  const text =
    typeof message === 'string'
      ? message
      : (message[PLURALS[language].select(Number(values.count)) as keyof PluralMessage] ?? message.other);
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
  // A message spaces a placeholder from Chinese around it, as Latin names and numbers want ("第 2 层的 g₇ 能"):
  // a value written in Chinese itself closes up ("第 11 层的第 13 行第 13 列的格子能").
  return language === 'zh' ? filled.replace(CJK_SPACE, '$1') : filled;
}

/** A space between two Chinese characters (or Chinese punctuation), which Chinese never has. */
const CJK_SPACE =
  /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;

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
