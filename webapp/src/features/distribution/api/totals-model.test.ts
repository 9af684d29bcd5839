import { describe, expect, it } from 'vitest';
import { monthRows, parseYear, yearOptions } from './totals-model';

describe('distribution totals', () => {
  it('reads the year from the URL, else this year', () => {
    expect(parseYear(new URLSearchParams('year=2024'), 2026)).toBe(2024);
    expect(parseYear(new URLSearchParams('year=3000'), 2026)).toBe(2026);
    expect(parseYear(new URLSearchParams('year=24'), 2026)).toBe(2026);
    expect(parseYear(new URLSearchParams(), 2026)).toBe(2026);
  });

  it('offers the last ten years up to next year, and an older year being shown', () => {
    expect(yearOptions(2026, 2026)).toEqual([
      2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016,
    ]);
    expect(yearOptions(2026, 2001).at(-1)).toBe(2001);
  });

  it('always gives twelve months, January first', () => {
    const rows = monthRows({
      year: 2026,
      months: [{ month: 11, issues: 1, records: 3, copies: 9 }],
      total: { issues: 1, recipients: 3, records: 3, copies: 9 },
      byKind: [],
    });
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ month: 1, issues: 0, records: 0, copies: 0 });
    expect(rows[10]).toEqual({ month: 11, issues: 1, records: 3, copies: 9 });
  });
});
