/**
 * A "from … to" pair of date inputs (local dates, YYYY-MM-DD), each bounded by the other so
 * the browser's picker cannot choose an end before the start. Used by every list filter and
 * period picker; `fieldClassName` is the wrapper class of the bar it sits in.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface DateRangeFieldsProps {
  /** The first label, e.g. "Issued from"; the second always reads "to". */
  readonly fromLabel: string;
  readonly from: string;
  readonly to: string;
  readonly onFrom: (value: string) => void;
  readonly onTo: (value: string) => void;
  readonly fieldClassName: string;
}

export function DateRangeFields({
  fromLabel,
  from,
  to,
  onFrom,
  onTo,
  fieldClassName
}: DateRangeFieldsProps) {
  const id = useId();
  const { t } = useTranslation('common');
  return (
    <>
      <div className={fieldClassName}>
        <label htmlFor={`${id}-from`}>{fromLabel}</label>
        <input
          id={`${id}-from`}
          type="date"
          className="input"
          value={from}
          max={to || undefined}
          onChange={(event) => onFrom(event.target.value)}
        />
      </div>
      <div className={fieldClassName}>
        <label htmlFor={`${id}-to`}>{t('dateRange.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          className="input"
          value={to}
          min={from || undefined}
          onChange={(event) => onTo(event.target.value)}
        />
      </div>
    </>
  );
}
