/** Calendar arithmetic on province days (YYYY-MM-DD in Asia/Ho_Chi_Minh, UTC+7 without daylight saving). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A province day's midnight as a UTC date (the arithmetic below never needs the offset). */
export function dayDate(day: string): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const parse = dayDate;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = parse(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** The Monday of the day's week (weeks start on Monday in Vietnam). */
export function weekStart(day: string): string {
  const d = parse(day);
  const offset = (d.getUTCDay() + 6) % 7;
  return addDays(day, -offset);
}

export function weekDays(day: string): string[] {
  const start = weekStart(day);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The days a month view shows: whole weeks, Monday first, covering the month of the day. */
export function monthGrid(day: string): string[] {
  const first = `${day.slice(0, 7)}-01`;
  const d = parse(first);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  const last = iso(d);
  const start = weekStart(first);
  const end = addDays(weekStart(last), 6);
  const days: string[] = [];
  for (let x = start; x <= end; x = addDays(x, 1)) days.push(x);
  return days;
}

export function addMonths(day: string, n: number): string {
  const d = parse(`${day.slice(0, 7)}-01`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return iso(d);
}

/** The province day of an instant. */
export function provinceDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(instant));
}

/** The province wall-clock time "HH:mm" of an instant. */
export function provinceTime(instant: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** The province days an event touches (an event ending at midnight does not touch the next day). */
export function daysOf(startsAt: string, endsAt: string): string[] {
  const first = provinceDay(startsAt);
  const lastInstant = new Date(new Date(endsAt).getTime() - 1).toISOString();
  const last = provinceDay(lastInstant);
  const days: string[] = [];
  for (let x = first; x <= last; x = addDays(x, 1)) days.push(x);
  return days;
}

/** "2026-12-03" + "08:30" (province time) → an RFC 3339 value with the +07:00 offset. */
export function toInstant(day: string, time: string): string {
  return `${day}T${time}:00+07:00`;
}
