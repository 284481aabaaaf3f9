import { useId } from 'react';

/** A labelled drop-down of a few named choices (`name(choice)` is each one's text), with a `data-setting` hook. */
export function ChoiceSelect<T extends string>(props: {
  label: string;
  choices: readonly T[];
  value: T;
  name(choice: T): string;
  onChange(choice: T): void;
  setting: string;
}) {
  const id = useId();
  return (
    <p className="control">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T)}
        data-setting={props.setting}
      >
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {props.name(choice)}
          </option>
        ))}
      </select>
    </p>
  );
}
