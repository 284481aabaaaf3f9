import type { MessageKey } from './en';
import { commonZh } from './messages/common';
import { costZh } from './messages/cost';
import { deepZh } from './messages/deep';
import { equivarianceZh } from './messages/equivariance';
import { sharingZh } from './messages/sharing';
import { sparseZh } from './messages/sparse';
import { tilingZh } from './messages/tiling';
import { variableSizeZh } from './messages/variableSize';

/** Chinese (simplified) messages, one for every English key. */
export const zh: Record<MessageKey, string> = {
  ...commonZh,
  ...sparseZh,
  ...deepZh,
  ...sharingZh,
  ...tilingZh,
  ...equivarianceZh,
  ...variableSizeZh,
  ...costZh,
};
