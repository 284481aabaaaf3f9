import type { en } from './en';
import { commonZh } from './messages/common';
import { costZh } from './messages/cost';
import { deepZh } from './messages/deep';
import { edgesZh } from './messages/edges';
import { equivarianceZh } from './messages/equivariance';
import { issuesZh } from './messages/issues';
import { playgroundZh } from './messages/playground';
import { predictZh } from './messages/predict';
import { sharingZh } from './messages/sharing';
import { sparseZh } from './messages/sparse';
import { tilingZh } from './messages/tiling';
import { variableSizeZh } from './messages/variableSize';
import type { Message } from './translate';

/** Chinese (simplified) messages, one for every English key of the page. */
export const zh: Record<keyof typeof en, Message> = {
  ...commonZh,
  ...issuesZh,
  ...sparseZh,
  ...deepZh,
  ...playgroundZh,
  ...sharingZh,
  ...edgesZh,
  ...tilingZh,
  ...equivarianceZh,
  ...variableSizeZh,
  ...costZh,
  ...predictZh,
};
