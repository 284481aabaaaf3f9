import { useState } from 'react';

/**
 * A number field that lets the user type freely (an empty or half-typed value is kept as a draft)
 * and commits only whole numbers within range (any finite number with `acceptAnyNumber`, for a
 * field whose value is checked, and explained, elsewhere). Leaving the field, or Enter, takes a
 * number out of range (or not whole) as the nearest allowed one, so 100 where 64 is the most gives
 * 64, not the 10 typed on the way; anything else restores the committed value.
 */
export function NumberField(props: {
  id: string;
  /** The `data-setting` hook, when the field is one of a figure's settings. */
  setting?: string;
  /** Accessible name, when no <label> names the field. */
  label?: string;
  /** Shown invalid (with the message element `describedBy` names). */
  invalid?: boolean;
  describedBy?: string;
  /** Commit 1.5 or −3 too: the network's validation says what is wrong with them. */
  acceptAnyNumber?: boolean;
  value: number;
  definition: { minimum: number; maximum: number };
  onCommit(value: number): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const { minimum, maximum } = props.definition;
  const settle = () => {
    if (draft !== null && !props.acceptAnyNumber && draft.trim() !== '') {
      const typed = Number(draft);
      if (Number.isFinite(typed)) {
        const nearest = Math.min(maximum, Math.max(minimum, Math.round(typed)));
        if (nearest !== props.value) props.onCommit(nearest);
      }
    }
    setDraft(null);
  };
  return (
    <input
      id={props.id}
      type="number"
      inputMode="numeric"
      min={minimum}
      max={maximum}
      step={props.acceptAnyNumber ? 'any' : 1}
      value={draft ?? String(props.value)}
      data-setting={props.setting}
      aria-label={props.label}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onChange={(event) => {
        setDraft(event.target.value);
        const next = Number(event.target.value);
        if (
          event.target.value.trim() !== '' &&
          Number.isFinite(next) &&
          (props.acceptAnyNumber || Number.isInteger(next)) &&
          next >= minimum &&
          next <= maximum
        ) {
          props.onCommit(next);
        }
      }}
      onBlur={() => settle()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') settle();
      }}
    />
  );
}
