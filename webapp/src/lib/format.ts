import { currentLocale } from '@/i18n';

/**
 * The one formatter of the SPA: every feature shows dates, times, numbers and amounts through it, so a
 * Vietnamese reader sees them as they write them (30/06/2027, 14:05 in Asia/Ho_Chi_Minh, 1.234.567 ₫).
 * Dates and times use the numeric dd/MM/yyyy HH:mm pattern in both languages (English readers of a
 * Vietnamese union's site read it too); numbers follow the UI language.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An RFC 3339 instant (with a time and an offset or Z). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The province's wall clock of an instant: year, month, day, hour, minute (zero-padded strings). */
export function provinceParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

function parseInstant(value: string): Date | undefined {
  if (!INSTANT.test(value.trim())) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * A calendar date "YYYY-MM-DD" as dd/MM/yyyy (no time zone shift); an instant is shown as its date in the
 * province (a news item published at 2026-12-04T18:00Z is dated 05/12/2026).
 */
export function formatDate(value: string | undefined | null): string {
  if (!value) return '—';
  const m = CALENDAR_DATE.exec(value);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const instant = parseInstant(value);
  if (!instant) return value;
  const p = provinceParts(instant);
  return `${p.day}/${p.month}/${p.year}`;
}

/** An instant (RFC 3339) as dd/MM/yyyy HH:mm in the province's time zone. */
export function formatDateTime(value: string | undefined | null): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = provinceParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The time of an instant (HH:mm) in the province's time zone, or a wall-clock time "HH:mm[:ss]" as HH:mm. */
export function formatTime(value: string | undefined | null): string {
  if (!value) return '—';
  const wall = /^(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(value);
  if (wall) return `${wall[1]}:${wall[2]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = provinceParts(date);
  return `${p.hour}:${p.minute}`;
}

/** A number as the UI language writes it: 1.234.567 in Vietnamese, 1,234,567 in English. */
export function formatNumber(
  value: number | undefined | null,
  locale = currentLocale(),
  options?: Intl.NumberFormatOptions,
): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, options).format(value);
}

/**
 * An amount in đồng, whole (the đồng has no minor unit in use), grouped as Vietnamese readers write it
 * whatever the UI language: "1.234.567 ₫". The grouping is fixed so a figure copied from a Vietnamese
 * document reads the same on both languages' pages.
 */
export function formatVnd(value: number | undefined | null): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  const digits = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(Math.round(value));
  return `${digits} ₫`;
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

/** A share 0–100 as a whole percentage ("42 %" in Vietnamese, "42%" in English). */
export function formatPercent(percent: number, locale = currentLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}
