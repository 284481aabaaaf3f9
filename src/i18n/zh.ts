import type { en } from './en';
import { commonZh } from './messages/common';
import { issuesZh } from './messages/issues';
import { predictZh } from './messages/predict';
import type { Message } from './translate';

/** Chinese (simplified) messages of the page itself, one for every English key. */
export const zh: Record<keyof typeof en, Message> = {
  ...commonZh,
  ...issuesZh,
  ...predictZh,
};
