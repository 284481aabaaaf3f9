import type { MessageKey, Translate } from '../i18n';
import type { FigureParams, SceneDefinition } from '../scenes';

/**
 * A figure's settings in words, as its controls show them ("Transform: shift · Shift (units, right
 * is positive): 5 · Kernel: [−1, 1]"), for a file that must say what it shows without the controls.
 * Settings without a control of their own (networks, matrices, hidden numbers) and settings that do
 * not matter now are left out; the figure's own texts give those.
 */
export function describeSettings(
  scene: SceneDefinition,
  params: FigureParams,
  t: Translate,
  /** Settings an open question hides (they would give its answer away, or mislead). */
  hidden: readonly string[] = [],
): string {
  const parts: string[] = [];
  for (const [name, definition] of Object.entries(scene.params)) {
    if (hidden.includes(name)) continue;
    const value = params[name];
    // A number is written with the language's digit grouping, as everywhere else (1,000).
    const add = (label: MessageKey, shown: string | number) =>
      parts.push(t('settings.item', { name: t(label), value: shown }));
    switch (definition.kind) {
      case 'integer':
        if (!definition.active || definition.active.when(params)) add(definition.label, Number(value));
        break;
      case 'choice':
        if (!definition.active || definition.active.when(params))
          add(definition.label, t(`${definition.optionPrefix}.${String(value)}` as MessageKey));
        break;
      case 'toggle':
        add(definition.label, t(value ? 'settings.on' : 'settings.off'));
        break;
      case 'padding':
        add(
          definition.label,
          typeof value === 'number'
            ? t('controls.padding.explicit', { count: value })
            : t(`controls.padding.${value as 'valid' | 'same'}`),
        );
        break;
      default:
        break;
    }
  }
  return parts.join(' · ');
}
