import type { NetworkSpec } from '../engine';
import { networkSizes } from './networkSizes';
import type { Text } from './sceneTypes';

/**
 * The widest kernel (down from `params.kernel`) for which `build` gives a possible network, and a
 * note when it had to shrink; figures use it to turn an impossible link into the nearest figure.
 */
export function repairKernel<Params extends { kernel: number }>(
  params: Params,
  build: (params: Params) => NetworkSpec,
): { params: Params; changes: Text[] } {
  const requested = params.kernel;
  let kernel = requested;
  while (kernel > 1 && networkSizes(build({ ...params, kernel })) === null) kernel -= 1;
  if (kernel === requested) return { params, changes: [] };
  return {
    params: { ...params, kernel },
    changes: [{ key: 'notice.url.impossibleLayer', values: { value: requested, fallback: kernel } }],
  };
}
