import { commonEn } from './messages/common';
import { costEn } from './messages/cost';
import { deepEn } from './messages/deep';
import { edgesEn } from './messages/edges';
import type { edgesViewEn } from './messages/edgesView';
import type { embedViewEn } from './messages/embedView';
import { equivarianceEn } from './messages/equivariance';
import type { equivarianceViewEn } from './messages/equivarianceView';
import { issuesEn } from './messages/issues';
import type { noticesEn } from './messages/notices';
import { playgroundEn } from './messages/playground';
import type { playgroundViewEn } from './messages/playgroundView';
import { predictEn } from './messages/predict';
import type { predictViewEn } from './messages/predictView';
import { sharingEn } from './messages/sharing';
import { sparseEn } from './messages/sparse';
import { tilingEn } from './messages/tiling';
import type { tilingViewEn } from './messages/tilingView';
import { variableSizeEn } from './messages/variableSize';

/** English messages of the page and every figure that loads with it. `{name}` marks a value filled in at run time. */
export const en = {
  ...commonEn,
  ...issuesEn,
  ...sparseEn,
  ...deepEn,
  ...playgroundEn,
  ...sharingEn,
  ...edgesEn,
  ...tilingEn,
  ...equivarianceEn,
  ...variableSizeEn,
  ...costEn,
  ...predictEn,
} as const;

/**
 * A message id: a message of the page ({@link en}), or of a figure whose messages load with its
 * code (registered with `registerMessages` when that code arrives).
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof playgroundViewEn
  | keyof typeof edgesViewEn
  | keyof typeof embedViewEn
  | keyof typeof noticesEn
  | keyof typeof predictViewEn
  | keyof typeof equivarianceViewEn
  | keyof typeof tilingViewEn;
