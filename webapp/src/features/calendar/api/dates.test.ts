import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysOf,
  monthGrid,
  provinceDay,
  provinceTime,
  toInstant,
  weekDays,
  weekStart,
} from './dates';

describe('calendar dates', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-12-03')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekDays('2026-12-03')).toHaveLength(7);
  });

  it('covers a month with whole weeks', () => {
    const grid = monthGrid('2026-12-15');
    expect(grid[0]).toBe('2026-11-30');
    expect(grid[grid.length - 1]).toBe('2027-01-03');
    expect(grid.length % 7).toBe(0);
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads instants in Asia/Ho_Chi_Minh', () => {
    expect(provinceDay('2026-12-02T17:30:00Z')).toBe('2026-12-03');
    expect(provinceTime('2026-12-03T01:00:00Z')).toBe('08:00');
    expect(toInstant('2026-12-03', '08:00')).toBe('2026-12-03T08:00:00+07:00');
    expect(daysOf('2026-12-03T01:00:00Z', '2026-12-04T17:00:00Z')).toEqual(['2026-12-03', '2026-12-04']);
    expect(daysOf('2026-12-03T01:00:00Z', '2026-12-03T04:00:00Z')).toEqual(['2026-12-03']);
  });
});
