import { describe, expect, it } from 'vitest';
import { parseDateText, parseDateTimeText } from './date-text';

describe('parseDateText', () => {
  it('reads dd/MM/yyyy as Vietnamese readers write it, and ISO dates', () => {
    expect(parseDateText('05/02/2026')).toBe('2026-02-05');
    expect(parseDateText('5/2/2026')).toBe('2026-02-05');
    expect(parseDateText(' 31.12.2026 ')).toBe('2026-12-31');
    expect(parseDateText('2026-02-05')).toBe('2026-02-05');
  });

  it('refuses dates that do not exist and half-typed years', () => {
    expect(parseDateText('31/02/2026')).toBeNull();
    expect(parseDateText('29/02/2027')).toBeNull();
    expect(parseDateText('29/02/2028')).toBe('2028-02-29');
    expect(parseDateText('1/2/20')).toBeNull();
    expect(parseDateText('13/13/2026')).toBeNull();
    expect(parseDateText('')).toBeNull();
    expect(parseDateText('hôm nay')).toBeNull();
  });
});

describe('parseDateTimeText', () => {
  it('reads dd/MM/yyyy HH:mm (24 h) and ISO wall-clock times', () => {
    expect(parseDateTimeText('05/02/2026 14:30')).toBe('2026-02-05 14:30:00');
    expect(parseDateTimeText('5/2/2026 8:05')).toBe('2026-02-05 08:05:00');
    expect(parseDateTimeText('2026-02-05T00:00')).toBe('2026-02-05 00:00:00');
  });

  it('refuses a date alone and impossible times', () => {
    expect(parseDateTimeText('05/02/2026')).toBeNull();
    expect(parseDateTimeText('05/02/2026 24:00')).toBeNull();
    expect(parseDateTimeText('05/02/2026 12:60')).toBeNull();
    expect(parseDateTimeText('30/02/2026 10:00')).toBeNull();
  });
});
