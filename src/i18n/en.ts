import { commonEn } from './messages/common';
import { costEn } from './messages/cost';
import { deepEn } from './messages/deep';
import { equivarianceEn } from './messages/equivariance';
import { sharingEn } from './messages/sharing';
import { sparseEn } from './messages/sparse';
import { tilingEn } from './messages/tiling';
import { variableSizeEn } from './messages/variableSize';

/** English messages, all sections. `{name}` marks a value filled in at run time. */
export const en = {
  ...commonEn,
  ...sparseEn,
  ...deepEn,
  ...sharingEn,
  ...tilingEn,
  ...equivarianceEn,
  ...variableSizeEn,
  ...costEn,
} as const;

/** A message id. */
export type MessageKey = keyof typeof en;
