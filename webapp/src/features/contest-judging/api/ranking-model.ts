import { tk } from '@/i18n';
import { currentLocale } from '@/i18n';
import { formatNumber } from '@/lib/format';
import type { Award, Ranking, RankingRow } from './judging';

export const AWARD_LABEL: Record<Award, string> = {
  first: tk('contestJudging.award.first'),
  second: tk('contestJudging.award.second'),
  third: tk('contestJudging.award.third'),
  consolation: tk('contestJudging.award.consolation'),
  special: tk('contestJudging.award.special'),
};

/** A score with a fixed number of decimals in the UI's locale ("72,500" in Vietnamese). */
export function formatScore(
  value: number | undefined | null,
  decimals: number,
  locale = currentLocale(),
): string {
  return formatNumber(value, locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export interface RankingRowView extends RankingRow {
  /** Shares its rank with another entry (the tie rule left them equal). */
  tied: boolean;
  /** The award shown: the confirmed one once confirmed, the proposal before. */
  shownAward?: Award;
  canNominate: boolean;
  nominated: boolean;
}

/** The rows as the table shows them, in the API's order (rank, then entry number). */
export function rankingRows(ranking: Ranking): RankingRowView[] {
  const perRank = new Map<number, number>();
  for (const r of ranking.rows) perRank.set(r.rank, (perRank.get(r.rank) ?? 0) + 1);
  return ranking.rows.map((r) => ({
    ...r,
    tied: (perRank.get(r.rank) ?? 0) > 1,
    shownAward: ranking.confirmed ? r.award : r.proposedAward,
    canNominate: ranking.confirmed && (r.status === 'awarded' || r.status === 'nominated'),
    nominated: r.status === 'nominated',
  }));
}

/** Cumulative quotas Q1..Q4: rank r gets the first award whose Q ≥ r. */
export function cumulativeQuotas(quota: Ranking['awardQuota']): { award: Award; upTo: number }[] {
  const q1 = quota.first;
  const q2 = q1 + quota.second;
  const q3 = q2 + quota.third;
  const q4 = q3 + quota.consolation;
  return [
    { award: 'first', upTo: q1 },
    { award: 'second', upTo: q2 },
    { award: 'third', upTo: q3 },
    { award: 'consolation', upTo: q4 },
  ];
}

/** Why the proposal cannot be confirmed yet (an i18n key), or undefined when it can. */
export function confirmBlocker(ranking: Ranking): string | undefined {
  if (ranking.rows.length === 0) return tk('contestJudging.ranking.noRows');
  if (!ranking.complete) return tk('contestJudging.ranking.incomplete');
  return undefined;
}

/** The award dialog's check: a special prize needs its name (an i18n key when wrong). */
export function awardNameError(award: Award | null, awardName: string): string | undefined {
  if (award === 'special' && awardName.trim() === '') return tk('contestJudging.award.nameRequired');
  return undefined;
}
