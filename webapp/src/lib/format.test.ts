import { describe, expect, it } from 'vitest';
import {
  fileSize,
  formatDate,
  formatDateTime,
  formatMonth,
  formatMonthName,
  formatNumber,
  formatPercent,
  formatTime,
  formatVnd,
  todayInProvince,
} from './format';

describe('locale formatting', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber(1250000, 'vi-VN')).toBe('1.250.000');
    expect(formatNumber(1250000, 'en-GB')).toBe('1,250,000');
  });

  it('writes calendar dates dd/MM/yyyy, zero-padded, without a time zone shift', () => {
    expect(formatDate('2027-06-30')).toBe('30/06/2027');
    expect(formatDate('2026-02-05')).toBe('05/02/2026');
    expect(formatDate('2026-01-01')).toBe('01/01/2026');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it("dates an instant by the province's calendar, not UTC's (the home page's news)", () => {
    // 15:23 UTC is 22:23 in Hà Nội: still the 4th
    expect(formatDate('2026-12-04T15:23:23.199318Z')).toBe('04/12/2026');
    // 17:00 UTC is midnight in Hà Nội: already the 5th
    expect(formatDate('2026-12-04T17:00:00Z')).toBe('05/12/2026');
    expect(formatDate('2026-12-04T16:59:59Z')).toBe('04/12/2026');
    expect(formatDate('2026-12-31T23:30:00+07:00')).toBe('31/12/2026');
  });

  it("shows instants as dd/MM/yyyy HH:mm in the province's time zone, around midnight", () => {
    expect(formatDateTime('2026-11-27T20:00:00Z')).toBe('28/11/2026 03:00');
    expect(formatDateTime('2026-12-31T16:59:00Z')).toBe('31/12/2026 23:59');
    expect(formatDateTime('2026-12-31T17:00:00Z')).toBe('01/01/2027 00:00');
    expect(formatDateTime('2026-12-31T17:00:00.123456Z')).toBe('01/01/2027 00:00');
    expect(formatDateTime('2027-01-01T00:00:00+07:00')).toBe('01/01/2027 00:00');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('nonsense')).toBe('nonsense');
  });

  it('gives the time HH:mm (24 h) of an instant in the province, or of a wall-clock time', () => {
    expect(formatTime('2026-12-04T06:05:00Z')).toBe('13:05');
    expect(formatTime('2026-12-04T17:30:00Z')).toBe('00:30');
    expect(formatTime('08:30:00')).toBe('08:30');
    expect(formatTime('19:45')).toBe('19:45');
    expect(formatTime(undefined)).toBe('—');
  });

  it('groups VND amounts with dots whatever the UI language, whole đồng', () => {
    expect(formatVnd(1234567)).toBe('1.234.567 ₫');
    expect(formatVnd(1000)).toBe('1.000 ₫');
    expect(formatVnd(999)).toBe('999 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
    expect(formatVnd(1234567.6)).toBe('1.234.568 ₫');
    expect(formatVnd(-2500000)).toBe('-2.500.000 ₫');
    expect(formatVnd(undefined)).toBe('—');
  });

  it('groups large numbers with dots in Vietnamese, commas in English', () => {
    expect(formatNumber(1234567, 'vi-VN')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en-GB')).toBe('1,234,567');
    expect(formatNumber(12.5, 'vi-VN')).toBe('12,5');
    expect(formatNumber(null)).toBe('—');
  });

  it('writes whole percentages per locale', () => {
    expect(formatPercent(42, 'en-GB')).toBe('42%');
    expect(formatPercent(42.4, 'vi-VN')).toMatch(/^42\s?%$/);
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
