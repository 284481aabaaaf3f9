import type { MessageKey, Translate } from '../i18n';
import { unitName } from '../i18n';
import type { GraphField } from './UnitGraph';

/** Names of the marked units of a layer, runs of four or more written as ranges (x₂–x₆). */
export function listUnits(t: Translate, letter: string, mask: Uint8Array): string {
  const parts: string[] = [];
  let index = 0;
  while (index < mask.length) {
    if (!mask[index]) {
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < mask.length && mask[end + 1]) end += 1;
    if (end - index >= 3) {
      parts.push(t('live.range', { first: unitName(letter, index), last: unitName(letter, end) }));
    } else {
      for (let item = index; item <= end; item += 1) parts.push(unitName(letter, item));
    }
    index = end + 1;
  }
  return parts.join(t('live.listSeparator'));
}

/**
 * The sentences a screen reader hears for one panel: what the focused unit sees on the input
 * layer (its receptive field) and what it reaches on the top layer (its influence), e.g.
 * "Convolution: s₃ sees x₂–x₄: 3 of 5 inputs."
 */
export function describeField(
  t: Translate,
  panel: string,
  letters: readonly string[],
  field: GraphField,
  /** Only what it sees (a field question's answer), only what it reaches, or both. */
  direction: 'both' | 'field' | 'reach' = 'both',
): string[] {
  const { focus, masks } = field;
  const unit = unitName(letters[focus.layer], focus.index);
  const top = masks.length - 1;
  const sentence = (layer: number, all: MessageKey, some: MessageKey) => {
    const mask = masks[layer];
    const count = mask.reduce((total, value) => total + value, 0);
    return count === mask.length
      ? t(all, { panel, unit, total: mask.length })
      : t(some, { panel, unit, units: listUnits(t, letters[layer], mask), count, total: mask.length });
  };
  const sentences: string[] = [];
  if (focus.layer > 0 && direction !== 'reach')
    sentences.push(sentence(0, 'live.receptiveAll', 'live.receptive'));
  if (focus.layer < top && direction !== 'field')
    sentences.push(sentence(top, 'live.influenceAll', 'live.influence'));
  return sentences;
}
