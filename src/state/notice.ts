import type { MessageKey, MessageValues } from '../i18n';

/** A message for the user that stays until dismissed: a translated key and its values. */
export interface Notice {
  key: MessageKey;
  values: MessageValues;
}
