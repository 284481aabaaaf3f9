import { commonEn } from './messages/common';
import { issuesEn } from './messages/issues';
import { predictEn } from './messages/predict';

/**
 * English messages of the page itself. `{name}` marks a value filled in at run time. Each figure's
 * own messages come with its definition in the figure registry (`src/figures`); messages of code
 * that loads later are registered when it arrives (`registerMessages`).
 */
export const en = {
  ...commonEn,
  ...issuesEn,
  ...predictEn,
} as const;
