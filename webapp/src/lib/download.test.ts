import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name (RFC 6266 filename*) over the ASCII fallback', () => {
    const header =
      'attachment; filename="Danh-sach-hoi-07-12-2026.xlsx"; filename*=UTF-8\'\'Danh%20s%C3%A1ch%20h%E1%BB%99i%2007-12-2026.xlsx';
    expect(fileNameFromDisposition(header, 'x.xlsx')).toBe('Danh sách hội 07-12-2026.xlsx');
  });

  it('uses the plain name when there is no filename*', () => {
    expect(fileNameFromDisposition('attachment; filename="bao-cao-2021.csv"', 'x.csv')).toBe(
      'bao-cao-2021.csv',
    );
  });

  it('falls back when the header is missing or its escape is malformed', () => {
    expect(fileNameFromDisposition(null, 'danh-sach-hoi.csv')).toBe('danh-sach-hoi.csv');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E1%BB", 'x.csv')).toBe('x.csv');
  });
});
