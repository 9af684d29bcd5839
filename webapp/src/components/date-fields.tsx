import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import {
  DateInput,
  DatesProvider,
  MonthPicker,
  TimePicker,
  type DateInputProps,
  type TimePickerProps,
} from '@mantine/dates';
import { useState } from 'react';
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

/**
 * A time of day on the 24-hour clock: value and onChange in "HH:mm" ('' when empty), like
 * `<input type="time">`, whose format follows the browser (AM/PM in some) rather than the page.
 */
export function TimeField({
  name,
  value,
  onChange,
  'data-testid': testId,
  ...rest
}: Omit<TimePickerProps, 'value' | 'defaultValue' | 'onChange' | 'format' | 'name'> & {
  name?: string;
  value: string;
  onChange?: (event: { currentTarget: { value: string } }) => void;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  return (
    <TimePicker
      format="24h"
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      hoursInputLabel={t('inputs.hours')}
      minutesInputLabel={t('inputs.minutes')}
      hoursPlaceholder="--"
      minutesPlaceholder="--"
      {...rest}
      name={name}
      value={value}
      onChange={(v) => onChange?.({ currentTarget: { value: v } })}
      hoursInputProps={{ 'data-name': name, ...(testId ? { 'data-testid': testId } : {}) }}
      minutesInputProps={testId ? { 'data-testid': `${testId}-minutes` } : {}}
    />
  );
}

const MONTH_TEXT = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

/**
 * A month: value and onChange in "YYYY-MM" ('' when empty, or what was typed while it is not a month
 * yet, so that the form's own check names the field), like `<input type="month">`; typed as MM/yyyy or
 * picked on a calendar of months in the UI's language.
 */
export function MonthField({
  name,
  value,
  onChange,
  disabled,
  ...rest
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange?: (event: { currentTarget: { value: string } }) => void;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const calendarLabels = useCalendarLabels();
  const [opened, setOpened] = useState(false);
  const shown = /^\d{4}-\d{2}$/.test(value) ? `${value.slice(5, 7)}/${value.slice(0, 4)}` : value;
  const [text, setText] = useState(shown);
  // a value set from outside (a suggestion, a reload) replaces what was typed
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    setText(shown);
  }
  const emit = (v: string) => onChange?.({ currentTarget: { value: v } });
  return (
    <Provider>
      <TextInput
        placeholder={t('inputs.monthPlaceholder')}
        {...rest}
        name={name}
        disabled={disabled}
        value={text}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          const m = MONTH_TEXT.exec(typed);
          emit(m ? `${m[2]}-${m[1]!.padStart(2, '0')}` : typed.trim());
        }}
        rightSection={
          // the button opens the calendar (the popover's ARIA state belongs on it, not on the text box)
          <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus>
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={disabled}
                aria-label={t('inputs.pickMonth')}
                onClick={() => setOpened((o) => !o)}
              >
                <span aria-hidden>▾</span>
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <MonthPicker
                ariaLabels={calendarLabels}
                value={/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : null}
                onChange={(v) => {
                  if (v) emit(v.slice(0, 7));
                  setOpened(false);
                }}
              />
            </Popover.Dropdown>
          </Popover>
        }
      />
    </Provider>
  );
}
