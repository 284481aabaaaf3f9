import { useId } from 'react';
import type { MessageKey } from '../i18n';
import { SPARSE_LIMITS, type SparseFigureParams } from '../scenes/sparse';
import {
  selectParams,
  selectResetParams,
  selectSelect,
  selectSetParam,
  useLab,
  useTranslate,
} from '../state';

type NumericSetting = 'inputLength' | 'kernel' | 'stride' | 'dilation';

const SLIDERS: { setting: NumericSetting; label: MessageKey }[] = [
  { setting: 'inputLength', label: 'controls.inputLength' },
  { setting: 'kernel', label: 'controls.kernel' },
  { setting: 'stride', label: 'controls.stride' },
  { setting: 'dilation', label: 'controls.dilation' },
];

function Slider(props: { setting: NumericSetting; label: string }) {
  const id = useId();
  const value = useLab((state) => state.params[props.setting]);
  const setParam = useLab(selectSetParam);
  const limits = SPARSE_LIMITS[props.setting];
  return (
    <div className="control">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={limits.minimum}
        max={limits.maximum}
        step={1}
        value={value}
        data-setting={props.setting}
        onChange={(event) => setParam(props.setting, Number(event.target.value))}
      />
      <output htmlFor={id}>{value}</output>
    </div>
  );
}

/** The figure's settings: input length, kernel width, stride, dilation and padding. */
export function SparseControls() {
  const t = useTranslate();
  const params = useLab(selectParams);
  const setParam = useLab(selectSetParam);
  const reset = useLab(selectResetParams);
  const select = useLab(selectSelect);
  const paddingId = useId();
  const paddingOptions: SparseFigureParams['padding'][] = ['valid', 'same', 1, 2, 3, 4];
  if (!paddingOptions.includes(params.padding)) paddingOptions.push(params.padding);
  return (
    <fieldset className="controls">
      <legend>{t('controls.heading')}</legend>
      {SLIDERS.map((slider) => (
        <Slider key={slider.setting} setting={slider.setting} label={t(slider.label)} />
      ))}
      <div className="control">
        <label htmlFor={paddingId}>{t('controls.padding')}</label>
        <select
          id={paddingId}
          data-setting="padding"
          value={String(params.padding)}
          onChange={(event) => {
            const value = event.target.value;
            setParam('padding', value === 'valid' || value === 'same' ? value : Number(value));
          }}
        >
          {paddingOptions.map((option) => (
            <option key={String(option)} value={String(option)}>
              {typeof option === 'number'
                ? t('controls.padding.explicit', { count: option })
                : t(`controls.padding.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="control control--buttons">
        <button type="button" onClick={() => select(null)}>
          {t('controls.clearSelection')}
        </button>
        <button type="button" onClick={reset}>
          {t('controls.reset')}
        </button>
      </div>
    </fieldset>
  );
}
