import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { associationsRoutes } from '@/features/associations/routes';
import { auditRoutes } from '@/features/audit/routes';
import { authRoutes } from '@/features/auth/routes';
import { bulletinsRoutes } from '@/features/bulletins/routes';
import { calendarRoutes } from '@/features/calendar/routes';
import { consultationsRoutes } from '@/features/consultations/routes';
import { contestJudgingRoutes } from '@/features/contest-judging/routes';
import { contestsRoutes } from '@/features/contests/routes';
import { dashboardRoutes } from '@/features/dashboard/routes';
import { distributionRoutes } from '@/features/distribution/routes';
import { expertsRoutes } from '@/features/experts/routes';
import { fundRoutes } from '@/features/fund/routes';
import { homeRoutes } from '@/features/home/routes';
import { newsRoutes } from '@/features/news/routes';
import { notificationsRoutes } from '@/features/notifications/routes';
import { partnersRoutes } from '@/features/partners/routes';
import { programsRoutes } from '@/features/programs/routes';
import { registryRoutes } from '@/features/registry/routes';
import { unionRoutes } from '@/features/union/routes';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Each feature exports its routes (paths from @/config/paths, guards, lazy pages: every page is its own chunk
// with the feature's strings, so the public home loads only what it needs); the app only composes them.
const NotFoundPage = lazy(() => import('./not-found-page'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      ...homeRoutes,
      ...authRoutes,
      ...dashboardRoutes,
      ...associationsRoutes,
      ...programsRoutes,
      ...fundRoutes,
      ...expertsRoutes,
      ...consultationsRoutes,
      ...bulletinsRoutes,
      ...distributionRoutes,
      ...partnersRoutes,
      ...contestsRoutes,
      ...contestJudgingRoutes,
      ...registryRoutes,
      ...calendarRoutes,
      ...newsRoutes,
      ...notificationsRoutes,
      ...auditRoutes,
      ...unionRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
