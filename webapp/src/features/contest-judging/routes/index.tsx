import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const JudgesPage = page(() => import('./judges-page'));
const ProgressPage = page(() => import('./progress-page'));
const RankingPage = page(() => import('./ranking-page'));
const ResultsAdminPage = page(() => import('./results-admin-page'));
const PublicResultsPage = page(() => import('./public-results-page'));
const MyJudgingPage = page(() => import('./my-judging-page'));
const ScoringPage = page(() => import('./scoring-page'));

// Contest judging (chấm thi): the office's judges, progress, ranking and results; the judges' scoring.
const p = paths.judging;
export const contestJudgingRoutes: RouteObject[] = [
  { path: p.judges.path, element: guarded(<JudgesPage />, ['staff', 'admin']) },
  { path: p.progress.path, element: guarded(<ProgressPage />, ['staff', 'admin']) },
  { path: p.resultsAdmin.path, element: guarded(<ResultsAdminPage />, ['staff', 'admin']) },
  { path: p.ranking.path, element: guarded(<RankingPage />, ['staff', 'admin']) },
  { path: p.publicResults.path, element: <PublicResultsPage /> },
  { path: p.mine.path, element: guarded(<MyJudgingPage />, ['judge', 'expert']) },
  { path: p.scoring.path, element: guarded(<ScoringPage />, ['judge', 'expert']) },
];
