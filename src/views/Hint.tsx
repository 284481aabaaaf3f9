import type { MessageKey } from '../i18n';
import { useTranslate } from '../state';
import { usePointerKind } from './usePointerKind';

/**
 * How to use a figure, for the way the reader points: taps and pinches on a touch screen; clicks,
 * hovering, keys and the wheel with a mouse. `essential` keeps it in an embed.
 */
export function Hint(props: { mouse: MessageKey; touch: MessageKey; essential?: boolean }) {
  const t = useTranslate();
  const kind = usePointerKind();
  return (
    <p className={props.essential ? 'hint hint--essential' : 'hint'} data-hint={kind}>
      {t(kind === 'touch' ? props.touch : props.mouse)}
    </p>
  );
}
