import { describe, expect, it } from 'vitest';
import type { Ranking, RankingRow } from './judging';
import { awardNameError, confirmBlocker, cumulativeQuotas, formatScore, rankingRows } from './ranking-model';

const row = (over: Partial<RankingRow>): RankingRow => ({
  rank: 1,
  entryId: 'e',
  number: 1,
  code: '2026-001',
  title: 'Máy tưới cây tự động',
  status: 'eligible',
  normalisedScore: 0,
  rawScore: 0,
  judges: 2,
  submitted: 2,
  complete: true,
  ...over,
});

const ranking = (over: Partial<Ranking>): Ranking => ({
  category: { id: 'c', code: 'ky-thuat', name: 'Kỹ thuật' },
  editionId: 'ed',
  awardQuota: { first: 1, second: 1, third: 2, consolation: 3 },
  complete: true,
  confirmed: false,
  judges: [],
  rows: [],
  ...over,
});

describe('ranking model', () => {
  const rows = [
    row({ rank: 1, entryId: 'a', number: 3, normalisedScore: 1.2, rawScore: 80, proposedAward: 'first' }),
    row({ rank: 2, entryId: 'b', number: 1, normalisedScore: 0.1, rawScore: 70, proposedAward: 'second' }),
    row({ rank: 2, entryId: 'c', number: 2, normalisedScore: 0.1, rawScore: 70, proposedAward: 'second' }),
    row({ rank: 4, entryId: 'd', number: 4, normalisedScore: -1.4, rawScore: 50, proposedAward: 'third' }),
  ];

  it('marks the ties and shows the proposal before confirmation', () => {
    const view = rankingRows(ranking({ rows }));
    expect(view.map((r) => [r.rank, r.tied, r.shownAward])).toEqual([
      [1, false, 'first'],
      [2, true, 'second'],
      [2, true, 'second'],
      [4, false, 'third'],
    ]);
    expect(view.every((r) => !r.canNominate)).toBe(true);
  });

  it('shows the confirmed award afterwards; only awarded entries can be nominated', () => {
    const confirmed: RankingRow[] = rows.map((r, i): RankingRow =>
      i === 3
        ? { ...r, status: 'judged' as const, award: undefined }
        : { ...r, status: i === 0 ? ('nominated' as const) : ('awarded' as const), award: r.proposedAward },
    );
    confirmed[1] = { ...confirmed[1]!, award: 'special', awardName: 'Giải đặc biệt của Sở Khoa học' };
    const view = rankingRows(ranking({ rows: confirmed, confirmed: true }));
    expect(view.map((r) => [r.shownAward, r.canNominate, r.nominated])).toEqual([
      ['first', true, true],
      ['special', true, false],
      ['second', true, false],
      [undefined, false, false],
    ]);
  });

  it('explains the cumulative quotas', () => {
    expect(cumulativeQuotas({ first: 1, second: 1, third: 2, consolation: 3 })).toEqual([
      { award: 'first', upTo: 1 },
      { award: 'second', upTo: 2 },
      { award: 'third', upTo: 4 },
      { award: 'consolation', upTo: 7 },
    ]);
  });

  it('confirms only a complete, non-empty ranking', () => {
    expect(confirmBlocker(ranking({ rows }))).toBeUndefined();
    expect(confirmBlocker(ranking({ rows, complete: false }))).toBe('contestJudging.ranking.incomplete');
    expect(confirmBlocker(ranking({ rows: [] }))).toBe('contestJudging.ranking.noRows');
  });

  it('needs a name for a special prize', () => {
    expect(awardNameError('special', ' ')).toBe('contestJudging.award.nameRequired');
    expect(awardNameError('special', 'Giải đặc biệt của Tỉnh đoàn')).toBeUndefined();
    expect(awardNameError('first', '')).toBeUndefined();
    expect(awardNameError(null, '')).toBeUndefined();
  });

  it('formats scores with fixed decimals in the locale', () => {
    expect(formatScore(72.5, 3, 'vi-VN')).toBe('72,500');
    expect(formatScore(-0.123456, 6, 'en-GB')).toBe('-0.123456');
    expect(formatScore(undefined, 3, 'vi-VN')).toBe('—');
  });
});
