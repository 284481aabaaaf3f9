export { en } from './en';
export type { MessageKey } from './messageCatalog';
export type { Language, Message, MessageValues, PluralMessage, Translate } from './translate';
export {
  detectLanguage,
  formatAlternatives,
  formatBytes,
  formatMeasure,
  formatNumber,
  isLanguage,
  joinSentences,
  LANGUAGES,
  messageForms,
  placeholdersOf,
  registerMessages,
  translate,
} from './translate';
export { subscript, unitName } from './unitName';
export { zh } from './zh';
