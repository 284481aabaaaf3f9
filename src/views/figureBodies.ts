import type { ComponentType } from 'react';
import { CostBody } from './figures/CostBody';
import { DeepBody } from './figures/DeepBody';
import { EquivarianceBody } from './figures/EquivarianceBody';
import { SharingBody } from './figures/SharingBody';
import { SparseBody } from './figures/SparseBody';
import { TilingBody } from './figures/TilingBody';
import { VariableBody } from './figures/VariableBody';

/** The drawing of each figure, by scene id. */
export const FIGURE_BODIES: Record<string, ComponentType> = {
  sparse: SparseBody,
  deep: DeepBody,
  sharing: SharingBody,
  tiling: TilingBody,
  equivariance: EquivarianceBody,
  variable: VariableBody,
  cost: CostBody,
};
