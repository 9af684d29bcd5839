import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '@/components/require-auth';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Route-level code splitting: every page is its own chunk, so the public home loads only what it needs.
const HomePage = lazy(() => import('@/features/home/routes/home-page'));
const DirectoryPage = lazy(() => import('@/features/associations/routes/directory-page'));
const AssociationListPage = lazy(() => import('@/features/associations/routes/association-list-page'));
const AssociationDetailPage = lazy(() => import('@/features/associations/routes/association-detail-page'));
const AssociationCreatePage = lazy(() => import('@/features/associations/routes/association-create-page'));
const AssociationEditPage = lazy(() => import('@/features/associations/routes/association-edit-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/routes/dashboard-page'));
const AuditPage = lazy(() => import('@/features/audit/routes/audit-page'));
const ProgramListPage = lazy(() => import('@/features/programs/routes/program-list-page'));
const ProgramPage = lazy(() => import('@/features/programs/routes/program-page'));
const ProgramImportPage = lazy(() => import('@/features/programs/routes/import-page'));
const ProgramReportPage = lazy(() => import('@/features/programs/routes/report-page'));
const ProgramTaskPage = lazy(() => import('@/features/programs/routes/task-page'));
const SigninCallbackPage = lazy(() => import('@/features/auth/routes/signin-callback-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'auth/callback', element: <SigninCallbackPage /> },
      { path: 'associations/:id', element: <AssociationDetailPage /> },
      {
        path: 'dashboard',
        element: (
          <RequireAuth>
            <DashboardPage />
          </RequireAuth>
        ),
      },
      {
        path: 'associations',
        element: (
          <RequireAuth>
            <AssociationListPage />
          </RequireAuth>
        ),
      },
      {
        path: 'associations/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <AssociationCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'associations/:id/edit',
        element: (
          <RequireAuth>
            <AssociationEditPage />
          </RequireAuth>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequireAuth roles={['admin']}>
            <AuditPage />
          </RequireAuth>
        ),
      },
      {
        path: 'programs',
        element: (
          <RequireAuth roles={['admin', 'staff', 'association-officer']}>
            <ProgramListPage />
          </RequireAuth>
        ),
      },
      {
        path: 'programs/import',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <ProgramImportPage />
          </RequireAuth>
        ),
      },
      {
        path: 'programs/:id',
        element: (
          <RequireAuth roles={['admin', 'staff', 'association-officer']}>
            <ProgramPage />
          </RequireAuth>
        ),
      },
      {
        path: 'programs/:id/reports/:year',
        element: (
          <RequireAuth roles={['admin', 'staff', 'association-officer']}>
            <ProgramReportPage />
          </RequireAuth>
        ),
      },
      {
        path: 'program-tasks/:id',
        element: (
          <RequireAuth roles={['admin', 'staff', 'association-officer']}>
            <ProgramTaskPage />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
