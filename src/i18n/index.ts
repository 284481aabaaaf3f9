export type { MessageKey } from './en';
export { en } from './en';
export type { Language, MessageValues } from './translate';
export {
  detectLanguage,
  formatMeasure,
  formatNumber,
  isLanguage,
  LANGUAGES,
  placeholdersOf,
  translate,
} from './translate';
export { subscript, unitName } from './unitName';
export { zh } from './zh';
