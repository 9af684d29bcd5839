import { describe, expect, it } from 'vitest';
import type { ResultEntry } from './judging';
import { authorsView } from './results-model';

const entry = (over: Partial<ResultEntry>): ResultEntry => ({
  entryId: 'e',
  number: 7,
  code: '2026-007',
  title: 'Thiết bị cảnh báo lũ',
  award: 'first',
  nominated: false,
  authors: [],
  authorsWithheld: true,
  ...over,
});

describe('results: consent display', () => {
  it('without consent shows nothing about the authors', () => {
    expect(authorsView(entry({}))).toEqual({ kind: 'withheld' });
    // Even if a school slipped through, no consent → withheld.
    expect(authorsView(entry({ school: 'THPT Phan Bội Châu', authorsWithheld: true }))).toEqual({
      kind: 'withheld',
    });
  });

  it('with consent shows names, schools and districts only, as given', () => {
    const view = authorsView(
      entry({
        authorsWithheld: false,
        school: 'THCS Đặng Thai Mai',
        district: 'TP Vinh',
        authors: [
          { fullName: 'Nguyễn Văn An', school: 'THCS Đặng Thai Mai', district: 'TP Vinh' },
          { fullName: 'Lê Thị Bình', school: '', district: 'Nghi Lộc' },
        ],
      }),
    );
    expect(view).toEqual({
      kind: 'authors',
      place: 'THCS Đặng Thai Mai, TP Vinh',
      authors: [
        { name: 'Nguyễn Văn An', place: 'THCS Đặng Thai Mai, TP Vinh' },
        { name: 'Lê Thị Bình', place: 'Nghi Lộc' },
      ],
    });
  });
});
