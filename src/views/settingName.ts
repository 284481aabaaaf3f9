import type { Translate } from '../i18n';
import type { FigureRegistry } from '../scenes';

/**
 * A link key as a notice names it: a setting by the control a reader knows it by, with the key a
 * link writes (“Input length m” (deep.inputLength)); any other key (a selection, a question, a key
 * of no figure) as it is.
 */
export function settingName(t: Translate, key: string, scenes: FigureRegistry): string {
  const dot = key.indexOf('.');
  const scene = dot > 0 ? scenes.find((item) => item.id === key.slice(0, dot)) : undefined;
  const name = key.slice(dot + 1);
  const definition = scene && Object.hasOwn(scene.params, name) ? scene.params[name] : undefined;
  return definition && 'label' in definition ? t('notice.key', { label: t(definition.label), key }) : key;
}
