import { useId } from 'react';
import { MAX_CUSTOM_KERNEL } from '../../scenes';
import { selectSetParam, useLab, useTranslate } from '../../state';
import { NumberField } from '../NumberField';

/** Rows or columns of a kernel resized to `count`, new entries 0 and the old ones kept where they fit. */
function resize(rows: readonly (readonly number[])[], height: number, width: number): number[][] {
  return Array.from({ length: height }, (_, row) =>
    Array.from({ length: width }, (_, col) => rows[row]?.[col] ?? 0),
  );
}

/** A kernel of one's own: its rows and columns (1 to 5 each) and every weight, as number fields. */
export function KernelEditor(props: { figure: string; rows: readonly (readonly number[])[] }) {
  const t = useTranslate();
  const setParam = useLab(selectSetParam);
  const id = useId();
  const height = props.rows.length;
  const width = props.rows[0]?.length ?? 1;
  const commit = (rows: number[][]) => setParam(props.figure, 'custom', rows);
  const sizes = Array.from({ length: MAX_CUSTOM_KERNEL }, (_, index) => index + 1);
  return (
    <fieldset className="kernel-editor" data-kernel-editor="">
      <legend>{t('edges.custom.title')}</legend>
      <div className="kernel-editor__size">
        <label htmlFor={`${id}-rows`}>{t('edges.custom.rows')}</label>
        <select
          id={`${id}-rows`}
          value={height}
          data-setting="custom-rows"
          onChange={(event) => commit(resize(props.rows, Number(event.target.value), width))}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-cols`}>{t('edges.custom.cols')}</label>
        <select
          id={`${id}-cols`}
          value={width}
          data-setting="custom-cols"
          onChange={(event) => commit(resize(props.rows, height, Number(event.target.value)))}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="kernel-editor__weights" style={{ gridTemplateColumns: `repeat(${width}, 4.5rem)` }}>
        {props.rows.map((row, rowIndex) =>
          row.map((weight, colIndex) => (
            <NumberField
              // biome-ignore lint/suspicious/noArrayIndexKey: one field per kernel position.
              key={`${rowIndex}:${colIndex}`}
              id={`${id}-${rowIndex}-${colIndex}`}
              setting={`custom-${rowIndex}-${colIndex}`}
              label={t('edges.custom.weight', { row: rowIndex, col: colIndex })}
              acceptAnyNumber
              value={weight}
              definition={{ minimum: -100, maximum: 100 }}
              onCommit={(value) => {
                const next = props.rows.map((items) => [...items]);
                next[rowIndex][colIndex] = Math.round(value * 10_000) / 10_000;
                commit(next);
              }}
            />
          )),
        )}
      </div>
    </fieldset>
  );
}
