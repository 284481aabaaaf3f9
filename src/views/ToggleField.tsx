import { useId } from 'react';

/** A labelled checkbox with a `data-setting` hook. */
export function ToggleField(props: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  setting: string;
}) {
  const id = useId();
  return (
    <span className="control--toggle">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        data-setting={props.setting}
      />
      <label htmlFor={id}>{props.label}</label>
    </span>
  );
}
