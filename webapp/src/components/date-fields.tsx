import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/i18n';
import { parseDateText, parseDateTimeText } from '@/lib/date-text';

/*
 * Date pickers in the UI's language instead of the browser's native ones (whose format follows the
 * browser, not the page): typed as dd/MM/yyyy (a pasted YYYY-MM-DD is understood too) or picked on a
 * calendar whose weeks start on Monday. They keep the native inputs' values, so the forms and what they
 * send to the API are unchanged: "YYYY-MM-DD" for a date, the province's wall clock "YYYY-MM-DDTHH:mm"
 * for a date and time (the form turns it into an RFC 3339 instant). This module and its styles load with
 * the forms' route chunks, never on the public first page.
 */

/** The calendar's navigation buttons have no text: each is named (axe: button-name). */
function useCalendarLabels(): DateInputProps['ariaLabels'] {
  const { t } = useTranslation();
  return {
    previousMonth: t('inputs.calendar.previousMonth'),
    nextMonth: t('inputs.calendar.nextMonth'),
    previousYear: t('inputs.calendar.previousYear'),
    nextYear: t('inputs.calendar.nextYear'),
    previousDecade: t('inputs.calendar.previousDecade'),
    nextDecade: t('inputs.calendar.nextDecade'),
    monthLevelControl: t('inputs.calendar.monthLevelControl'),
    yearLevelControl: t('inputs.calendar.yearLevelControl'),
  };
}

type Common = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'name' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate'
> & {
  /**
   * The field's name: DateInput gives it to a hidden input carrying the value (for forms read with
   * FormData); the visible input gets it as data-name, where forms look for the field to focus (React
   * removes a name attribute it did not set on every update of an input).
   */
  name?: string;
  onChange?: (event: { currentTarget: { value: string } }) => void;
  'data-testid'?: string;
};

function Provider({ children }: { children: React.ReactNode }) {
  // re-render on a language change: the calendar's month and weekday names follow it
  useTranslation();
  return (
    <DatesProvider settings={{ locale: currentLanguage(), firstDayOfWeek: 1, weekendDays: [0] }}>
      {children}
    </DatesProvider>
  );
}

/** A calendar date: value and onChange in "YYYY-MM-DD" ('' when empty), like `<input type="date">`. */
export function DateField({
  name,
  value,
  defaultValue,
  onChange,
  min,
  max,
  ...rest
}: Common & { value?: string; defaultValue?: string; min?: string; max?: string }) {
  const { t } = useTranslation();
  const calendarLabels = useCalendarLabels();
  return (
    <Provider>
      <DateInput
        valueFormat="DD/MM/YYYY"
        placeholder={t('inputs.datePlaceholder')}
        dateParser={parseDateText}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        ariaLabels={calendarLabels}
        weekendDays={[]}
        {...rest}
        name={name}
        data-name={name}
        {...(value !== undefined ? { value: value || null } : {})}
        {...(defaultValue !== undefined ? { defaultValue: defaultValue || null } : {})}
        minDate={min || undefined}
        maxDate={max || undefined}
        onChange={(v) => onChange?.({ currentTarget: { value: v ?? '' } })}
      />
    </Provider>
  );
}

/** "YYYY-MM-DD HH:mm:ss" (the picker's) ⇄ "YYYY-MM-DDTHH:mm" (`<input type="datetime-local">`'s). */
const toPicker = (local: string) => (local ? `${local.slice(0, 10)} ${local.slice(11, 16)}:00` : null);
const fromPicker = (value: string | null) => (value ? `${value.slice(0, 10)}T${value.slice(11, 16)}` : '');

/**
 * A date and time of the province's wall clock: value and onChange in "YYYY-MM-DDTHH:mm" ('' when
 * empty), like `<input type="datetime-local">`; typed as dd/MM/yyyy HH:mm (24 h).
 */
export function DateTimeField({
  name,
  value,
  onChange,
  min,
  ...rest
}: Common & { value: string; min?: string }) {
  const { t } = useTranslation();
  const calendarLabels = useCalendarLabels();
  return (
    <Provider>
      <DateInput
        withTime
        valueFormat="DD/MM/YYYY HH:mm"
        placeholder={t('inputs.dateTimePlaceholder')}
        dateParser={parseDateTimeText}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        ariaLabels={calendarLabels}
        weekendDays={[]}
        {...rest}
        name={name}
        data-name={name}
        value={toPicker(value)}
        minDate={min ? `${min.slice(0, 10)}` : undefined}
        onChange={(v) => onChange?.({ currentTarget: { value: fromPicker(v) } })}
      />
    </Provider>
  );
}
