import type { SpecIssue } from '../engine';
import type { MessageKey, MessageValues } from '../i18n';

/** A message for the user that stays until dismissed: a translated key and its values. */
export interface Notice {
  key: MessageKey;
  values: MessageValues;
  /** A problem with a network the message refers to, shown translated in its `{detail}` placeholder. */
  detail?: SpecIssue;
  /** The figure the message is about, shown in that figure's section; none for the page as a whole. */
  figure?: string;
  /**
   * What the message is about within its figure (e.g. `image`): a new notice on a topic replaces the
   * last one, and the topic's notices go once it is settled (a good image arrives).
   */
  topic?: string;
  /** Shown by its figure beside the control it is about (where a file was chosen), not in the list. */
  inPlace?: boolean;
  /** Where the repaired settings came from, named in the message's `{source}`: a link unless a file. */
  source?: 'file';
}
