/**
 * What people type into a date picker, read as the API's values: dd/MM/yyyy (one-digit day and month,
 * and "-" or "." as separators, are accepted) or an ISO date as pasted from elsewhere. Only real calendar
 * dates with a four-digit year count, so a half-typed "1/2/20" is not taken for the year 20.
 */

function isoDate(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** "05/02/2026", "5/2/2026" or "2026-02-05" → "2026-02-05"; anything else → null. */
export function parseDateText(text: string): string | null {
  const s = text.trim();
  const dmy = DMY.exec(s);
  if (dmy) return isoDate(dmy[3]!, dmy[2]!, dmy[1]!);
  const ymd = YMD.exec(s);
  if (ymd) return isoDate(ymd[1]!, ymd[2]!, ymd[3]!);
  return null;
}

/**
 * "05/02/2026 14:30" or "2026-02-05T14:30" (a space or a "T" between) → "2026-02-05 14:30:00", the
 * date-time picker's value; a date alone, a time past 23:59 or anything else → null.
 */
export function parseDateTimeText(text: string): string | null {
  const m = /^(.+?)(?:\s+|T)(\d{1,2})[:h](\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!m) return null;
  const date = parseDateText(m[1]!);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (!date || hour > 23 || minute > 59) return null;
  return `${date} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`;
}
