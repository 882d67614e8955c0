/**
 * The statement's period: a preset ("Last 12 months", "Last quarter", …) or any two dates.
 * Editing a date turns the choice into a custom period starting from what was shown.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeFields } from '../../components/date-range-fields';
import { PERIOD_PRESETS, type Period, type PeriodPreset } from './invoices-lib';
import type { PeriodChoice } from './statement-view-store';
import '../../components/list-controls.css';

export function PeriodPicker({
  choice,
  period,
  onChange
}: {
  readonly choice: PeriodChoice;
  /** The dates the choice stands for today. */
  readonly period: Period;
  readonly onChange: (choice: PeriodChoice) => void;
}) {
  const id = useId();
  const { t } = useTranslation('invoices');
  const setDate = (key: keyof Period, value: string) => {
    if (value === '') return;
    onChange({ kind: 'custom', period: { ...period, [key]: value } });
  };
  return (
    <div className="list-filters" role="group" aria-label={t('period.label')}>
      <div className="list-filters__field">
        <label htmlFor={`${id}-preset`}>{t('period.period')}</label>
        <select
          id={`${id}-preset`}
          className="input period-picker__preset"
          value={choice.kind === 'preset' ? choice.preset : 'custom'}
          onChange={(event) => {
            const value = event.target.value;
            if (value !== 'custom') onChange({ kind: 'preset', preset: value as PeriodPreset });
          }}
        >
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`period.${preset}`)}
            </option>
          ))}
          <option value="custom">{t('period.custom')}</option>
        </select>
      </div>
      <DateRangeFields
        fromLabel={t('period.from')}
        from={period.from}
        to={period.to}
        onFrom={(value) => setDate('from', value)}
        onTo={(value) => setDate('to', value)}
        fieldClassName="list-filters__field"
      />
    </div>
  );
}
