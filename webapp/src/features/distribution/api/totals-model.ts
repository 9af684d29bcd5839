import type { DistributionTotals, MonthTotal } from './distribution';

/** The API's range of years (getDistributionTotals). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;

/** The year in the URL (?year=), or this year in the province when it is missing or out of range. */
export function parseYear(params: URLSearchParams, thisYear: number): number {
  const raw = params.get('year');
  if (raw === null || !/^\d{4}$/.test(raw)) return thisYear;
  const year = Number(raw);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : thisYear;
}

/** The years the picker offers: the last ten up to next year, and the one shown if it is older. */
export function yearOptions(thisYear: number, shown: number): number[] {
  const years: number[] = [];
  for (let y = Math.min(thisYear + 1, YEAR_MAX); y >= Math.max(thisYear - 10, YEAR_MIN); y--) years.push(y);
  if (!years.includes(shown)) years.push(shown);
  return years.sort((a, b) => b - a);
}

/** Always twelve rows, January first, whatever the API left out. */
export function monthRows(totals: DistributionTotals): MonthTotal[] {
  return Array.from(
    { length: 12 },
    (_, i) =>
      totals.months.find((m) => m.month === i + 1) ?? { month: i + 1, issues: 0, records: 0, copies: 0 },
  );
}
