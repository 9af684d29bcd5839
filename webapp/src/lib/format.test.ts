import { describe, expect, it } from 'vitest';
import {
  fileSize,
  formatDate,
  formatDateTime,
  formatMonth,
  formatMonthName,
  formatNumber,
  todayInProvince,
} from './format';

describe('locale formatting', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber(1250000, 'vi-VN')).toBe('1.250.000');
    expect(formatNumber(1250000, 'en-GB')).toBe('1,250,000');
  });

  it('formats calendar dates without a time zone shift', () => {
    expect(formatDate('2027-06-30', 'en-GB')).toBe('30 Jun 2027');
    expect(formatDate('2027-06-30', 'vi-VN')).toContain('2027');
    expect(formatDate(undefined)).toBe('—');
  });

  it("shows instants in the province's time zone", () => {
    expect(formatDateTime('2026-11-27T20:00:00Z', 'en-GB')).toContain('28 Nov 2026');
  });

  it('names a month in the current locale', () => {
    expect(formatMonth('2026-11', 'vi-VN')).toBe('tháng 11 năm 2026');
    expect(formatMonth('2026-01', 'en-GB')).toBe('January 2026');
    expect(formatMonth('2026-13x', 'en-GB')).toBe('2026-13x');
    expect(formatMonth(undefined)).toBe('—');
  });

  it("gives today's date in the province (UTC+7), not the browser's", () => {
    expect(todayInProvince(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(todayInProvince(new Date('2026-12-31T16:59:00Z'))).toBe('2026-12-31');
  });

  it('names a month of the year', () => {
    expect(formatMonthName(11, 'vi-VN')).toBe('Tháng 11');
    expect(formatMonthName(1, 'en-GB')).toBe('January');
    expect(formatMonthName(13, 'en-GB')).toBe('13');
  });
});

describe('fileSize', () => {
  it('gives whole KB below 1 MB and MB with one decimal above', () => {
    expect(fileSize(300, 'vi-VN')).toBe('1 KB');
    expect(fileSize(850 * 1024, 'vi-VN')).toBe('850 KB');
    expect(fileSize(2.45 * 1024 * 1024, 'vi-VN')).toBe('2,5 MB');
    expect(fileSize(30 * 1024 * 1024, 'en-GB')).toBe('30 MB');
  });
});
