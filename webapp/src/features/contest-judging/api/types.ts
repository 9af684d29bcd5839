import { type components } from '@/lib/api/client';

export type Edition = components['schemas']['ContestEdition'];
export type Category = components['schemas']['ContestCategory'];
export type EntrySummary = components['schemas']['ContestEntrySummary'];
export type Judge = components['schemas']['ContestJudge'];
export type JudgeInput = components['schemas']['ContestJudgeInput'];
export type JudgeAssignments = components['schemas']['ContestJudgeAssignments'];
export type JudgeConflict = components['schemas']['ContestJudgeConflict'];
export type AssignedEntry = components['schemas']['ContestAssignedEntry'];
export type JudgingProgress = components['schemas']['ContestJudgingProgress'];
export type ProgressCount = components['schemas']['ContestProgressCount'];
export type Ranking = components['schemas']['ContestRanking'];
export type RankingRow = components['schemas']['ContestRankingRow'];
export type Award = components['schemas']['Award'];
export type Results = components['schemas']['ContestResults'];
export type ResultEntry = components['schemas']['ContestResultEntry'];
export type MyJudging = components['schemas']['ContestMyJudging'];
export type BlindEntry = components['schemas']['ContestBlindEntry'];
export type RubricCriterion = components['schemas']['ContestCriterion'];
export type ScoreSheet = components['schemas']['ContestScoreSheet'];
export type ScoreInput = components['schemas']['ContestScoreInput'];
export type EntryScores = components['schemas']['ContestEntryScores'];
export type ScoreStatus = components['schemas']['ScoreStatus'];

export const AWARDS: Award[] = ['first', 'second', 'third', 'consolation', 'special'];

export const judgingKeys = {
  all: ['contest-judging'] as const,
  edition: (id: string) => ['contest-judging', 'edition', id] as const,
  categories: (editionId: string) => ['contest-judging', 'categories', editionId] as const,
  entries: (editionId: string, q: string) => ['contest-judging', 'entries', editionId, q] as const,
  judges: (editionId: string) => ['contest-judging', 'judges', editionId] as const,
  assignments: (judgeId: string) => ['contest-judging', 'assignments', judgeId] as const,
  progress: (editionId: string) => ['contest-judging', 'progress', editionId] as const,
  ranking: (categoryId: string) => ['contest-judging', 'ranking', categoryId] as const,
  category: (categoryId: string) => ['contest-judging', 'category', categoryId] as const,
  entryScores: (entryId: string) => ['contest-judging', 'entry-scores', entryId] as const,
  results: (editionId: string) => ['contest-judging', 'results', editionId] as const,
  mine: ['contest-judging', 'mine'] as const,
  myEntry: (entryId: string) => ['contest-judging', 'mine', 'entry', entryId] as const,
};
