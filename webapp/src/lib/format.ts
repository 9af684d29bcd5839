import { currentLocale } from '@/i18n';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A calendar date "YYYY-MM-DD" in the current locale (no time zone shift). */
export function formatDate(value: string | undefined | null, locale = currentLocale()): string {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** An instant (RFC 3339) shown in the province's time zone. */
export function formatDateTime(value: string | undefined | null, locale = currentLocale()): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatNumber(value: number | undefined | null, locale = currentLocale()): string {
  if (value === undefined || value === null) return '—';
  return new Intl.NumberFormat(locale).format(value);
}

/** A month "YYYY-MM" in the current locale ("tháng 11 năm 2026", "November 2026"). */
export function formatMonth(value: string | undefined | null, locale = currentLocale()): string {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Today's date (YYYY-MM-DD) in the province, as the API counts it (e.g. "not in the future"). */
export function todayInProvince(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/** The name of a month of the year (1–12) in the current locale ("tháng 11", "November"). */
export function formatMonthName(month: number, locale = currentLocale()): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return String(month);
  const date = new Date(Date.UTC(2000, month - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date);
}

/** A file size for people: whole KB below 1 MB, MB with one decimal above. */
export function fileSize(bytes: number, locale = currentLocale()): string {
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
