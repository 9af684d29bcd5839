import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

// Contest judging (chấm thi): the office's judges, progress, ranking and results; the judges' scoring.
const p = paths.judging;
const office = guarded('staff', 'admin');
export const contestJudgingRoutes: RouteObject[] = [
  { path: p.judges.path, element: office(page(() => import('./judges-page'))) },
  { path: p.progress.path, element: office(page(() => import('./progress-page'))) },
  { path: p.resultsAdmin.path, element: office(page(() => import('./results-admin-page'))) },
  { path: p.ranking.path, element: office(page(() => import('./ranking-page'))) },
  { path: p.publicResults.path, element: page(() => import('./public-results-page')) },
  { path: p.mine.path, element: guarded('judge', 'expert')(page(() => import('./my-judging-page'))) },
  { path: p.scoring.path, element: guarded('judge', 'expert')(page(() => import('./scoring-page'))) },
];
