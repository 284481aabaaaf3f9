import type { MessageKey, MessageValues } from '../i18n';
import { unitName } from '../i18n';
import type { Selection } from '../state';
import type { GraphField } from './UnitGraph';

/**
 * The sentence a screen reader hears for one panel: what the selected unit sees (receptive field,
 * on the input layer) or reaches (influence, on the top layer), e.g. "s₃ sees x₂, x₃, x₄: 3 of 5 inputs".
 */
export function describeField(
  t: (key: MessageKey, values?: MessageValues) => string,
  panel: string,
  letters: readonly string[],
  selection: Selection,
  field: GraphField,
): string {
  const unit = unitName(letters[selection.layer], selection.index);
  const targetLayer = field.direction === 'receptive' ? 0 : field.masks.length - 1;
  const mask = field.masks[targetLayer];
  const names: string[] = [];
  mask.forEach((marked, index) => {
    if (marked) names.push(unitName(letters[targetLayer], index));
  });
  const total = mask.length;
  const all = names.length === total;
  if (field.direction === 'receptive') {
    return all
      ? t('live.receptiveAll', { panel, unit, total })
      : t('live.receptive', {
          panel,
          unit,
          units: names.join(t('live.listSeparator')),
          count: names.length,
          total,
        });
  }
  return all
    ? t('live.influenceAll', { panel, unit, total })
    : t('live.influence', {
        panel,
        unit,
        units: names.join(t('live.listSeparator')),
        count: names.length,
        total,
      });
}
