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
const UnionSettingsPage = lazy(() => import('@/features/union/routes/union-settings-page'));
const NotificationInboxPage = lazy(() => import('@/features/notifications/routes/inbox-page'));
const NotificationPreferencesPage = lazy(() => import('@/features/notifications/routes/preferences-page'));
const ProgramListPage = lazy(() => import('@/features/programs/routes/program-list-page'));
const ProgramPage = lazy(() => import('@/features/programs/routes/program-page'));
const ProgramImportPage = lazy(() => import('@/features/programs/routes/import-page'));
const ProgramReportPage = lazy(() => import('@/features/programs/routes/report-page'));
const ProgramTaskPage = lazy(() => import('@/features/programs/routes/task-page'));
const ExpertDirectoryPage = lazy(() => import('@/features/experts/routes/expert-directory-page'));
const ExpertPage = lazy(() => import('@/features/experts/routes/expert-page'));
const ExpertCreatePage = lazy(() => import('@/features/experts/routes/expert-create-page'));
const ExpertEditPage = lazy(() => import('@/features/experts/routes/expert-edit-page'));
const MyExpertProfilePage = lazy(() => import('@/features/experts/routes/my-profile-page'));
const ConsultationBoardPage = lazy(() => import('@/features/consultations/routes/consultation-board-page'));
const ConsultationCreatePage = lazy(() => import('@/features/consultations/routes/consultation-create-page'));
const ConsultationPage = lazy(() => import('@/features/consultations/routes/consultation-page'));
const MyAssignmentsPage = lazy(() => import('@/features/consultations/routes/my-assignments-page'));
const BulletinArchivePage = lazy(() => import('@/features/bulletins/routes/archive-page'));
const BulletinIssuePage = lazy(() => import('@/features/bulletins/routes/issue-page'));
const BulletinBoardPage = lazy(() => import('@/features/bulletins/routes/board-page'));
const BulletinIssueCreatePage = lazy(() => import('@/features/bulletins/routes/issue-create-page'));
const BulletinIssueEditorPage = lazy(() => import('@/features/bulletins/routes/issue-editor-page'));
const BulletinArticleCreatePage = lazy(() => import('@/features/bulletins/routes/article-create-page'));
const BulletinArticlePage = lazy(() => import('@/features/bulletins/routes/article-page'));
const RegistrationConfirmPage = lazy(() => import('@/features/calendar/routes/registration-confirm-page'));
const SubscriptionConfirmPage = lazy(() => import('@/features/bulletins/routes/subscription-confirm-page'));
const SubscriptionUnsubscribePage = lazy(
  () => import('@/features/bulletins/routes/subscription-unsubscribe-page'),
);
const DistributionIssuePage = lazy(() => import('@/features/distribution/routes/issue-distribution-page'));
const DistributionRecipientsPage = lazy(() => import('@/features/distribution/routes/recipients-page'));
const DistributionRecipientCreatePage = lazy(
  () => import('@/features/distribution/routes/recipient-create-page'),
);
const DistributionRecipientEditPage = lazy(
  () => import('@/features/distribution/routes/recipient-edit-page'),
);
const DistributionListsPage = lazy(() => import('@/features/distribution/routes/lists-page'));
const DistributionListPage = lazy(() => import('@/features/distribution/routes/list-page'));
const DistributionTotalsPage = lazy(() => import('@/features/distribution/routes/totals-page'));
const PartnerListPage = lazy(() => import('@/features/partners/routes/partner-list-page'));
const PartnerCreatePage = lazy(() => import('@/features/partners/routes/partner-create-page'));
const PartnerPage = lazy(() => import('@/features/partners/routes/partner-page'));
const PartnerEditPage = lazy(() => import('@/features/partners/routes/partner-edit-page'));
const PartnerDeliveriesPage = lazy(() => import('@/features/partners/routes/partner-deliveries-page'));
const MyDeliveriesPage = lazy(() => import('@/features/partners/routes/my-deliveries-page'));
const PartnerBulletinsPage = lazy(() => import('@/features/partners/routes/partner-bulletins-page'));
const ContestPage = lazy(() => import('@/features/contests/routes/contest-page'));
const ContestBoardPage = lazy(() => import('@/features/contests/routes/board-page'));
const ContestEditionCreatePage = lazy(() => import('@/features/contests/routes/edition-create-page'));
const ContestEditionEditorPage = lazy(() => import('@/features/contests/routes/edition-editor-page'));
const ContestStatisticsPage = lazy(() => import('@/features/contests/routes/statistics-page'));
const ContestCoordinatorsPage = lazy(() => import('@/features/contests/routes/coordinators-page'));
const ContestEntriesPage = lazy(() => import('@/features/contests/routes/entries-page'));
const ContestEntryCreatePage = lazy(() => import('@/features/contests/routes/entry-create-page'));
const ContestEntryPage = lazy(() => import('@/features/contests/routes/entry-page'));
const ContestEntryEditPage = lazy(() => import('@/features/contests/routes/entry-edit-page'));
const JudgingJudgesPage = lazy(() => import('@/features/contest-judging/routes/judges-page'));
const JudgingProgressPage = lazy(() => import('@/features/contest-judging/routes/progress-page'));
const JudgingRankingPage = lazy(() => import('@/features/contest-judging/routes/ranking-page'));
const JudgingResultsAdminPage = lazy(() => import('@/features/contest-judging/routes/results-admin-page'));
const ContestResultsPage = lazy(() => import('@/features/contest-judging/routes/public-results-page'));
const MyJudgingPage = lazy(() => import('@/features/contest-judging/routes/my-judging-page'));
const ScoringPage = lazy(() => import('@/features/contest-judging/routes/scoring-page'));
const RegistryPage = lazy(() => import('@/features/registry/routes/registry-page'));
const DocumentPage = lazy(() => import('@/features/registry/routes/document-page'));
const DocumentCreatePage = lazy(() => import('@/features/registry/routes/document-create-page'));
const HandlingListPage = lazy(() => import('@/features/registry/routes/handling-list-page'));
const MyDocumentsPage = lazy(() => import('@/features/registry/routes/my-documents-page'));

const CalendarPage = lazy(() => import('@/features/calendar/routes/calendar-page'));
const CalendarEventsPage = lazy(() => import('@/features/calendar/routes/events-page'));
const CalendarEventPage = lazy(() => import('@/features/calendar/routes/event-page'));
const CalendarEventCreatePage = lazy(() => import('@/features/calendar/routes/event-create-page'));
const CalendarEventEditPage = lazy(() => import('@/features/calendar/routes/event-edit-page'));

const NewsPage = lazy(() => import('@/features/news/routes/news-page'));
const PostPage = lazy(() => import('@/features/news/routes/post-page'));
const NewsBoardPage = lazy(() => import('@/features/news/routes/news-board-page'));
const PostCreatePage = lazy(() => import('@/features/news/routes/post-create-page'));
const PostEditorPage = lazy(() => import('@/features/news/routes/post-editor-page'));
const SigninCallbackPage = lazy(() => import('@/features/auth/routes/signin-callback-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'news', element: <NewsPage /> },
      { path: 'news/:id', element: <PostPage /> },
      {
        path: 'news-board',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <NewsBoardPage />
          </RequireAuth>
        ),
      },
      {
        path: 'news-board/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <PostCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'news-board/:id',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <PostEditorPage />
          </RequireAuth>
        ),
      },
      { path: 'auth/callback', element: <SigninCallbackPage /> },
      { path: 'associations/:id', element: <AssociationDetailPage /> },
      { path: 'calendar', element: <CalendarPage /> },
      { path: 'events', element: <CalendarEventsPage /> },
      { path: 'calendar/events/:id', element: <CalendarEventPage /> },
      {
        path: 'calendar/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <CalendarEventCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'calendar/events/:id/edit',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <CalendarEventEditPage />
          </RequireAuth>
        ),
      },
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
        path: 'admin/union',
        element: (
          <RequireAuth roles={['admin']}>
            <UnionSettingsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'notifications',
        element: (
          <RequireAuth>
            <NotificationInboxPage />
          </RequireAuth>
        ),
      },
      {
        path: 'notifications/preferences',
        element: (
          <RequireAuth>
            <NotificationPreferencesPage />
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
      { path: 'experts', element: <ExpertDirectoryPage /> },
      {
        path: 'experts/new',
        element: (
          <RequireAuth roles={['staff', 'admin', 'association-officer']}>
            <ExpertCreatePage />
          </RequireAuth>
        ),
      },
      { path: 'experts/:id', element: <ExpertPage /> },
      {
        path: 'experts/:id/edit',
        element: (
          <RequireAuth roles={['staff', 'admin', 'association-officer', 'expert']}>
            <ExpertEditPage />
          </RequireAuth>
        ),
      },
      {
        path: 'me/expert-profile',
        element: (
          <RequireAuth roles={['expert']}>
            <MyExpertProfilePage />
          </RequireAuth>
        ),
      },
      {
        path: 'consultations',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <ConsultationBoardPage />
          </RequireAuth>
        ),
      },
      {
        path: 'consultations/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <ConsultationCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'consultations/:id',
        element: (
          <RequireAuth roles={['staff', 'admin', 'expert']}>
            <ConsultationPage />
          </RequireAuth>
        ),
      },
      {
        path: 'my-assignments',
        element: (
          <RequireAuth roles={['expert']}>
            <MyAssignmentsPage />
          </RequireAuth>
        ),
      },
      { path: 'bulletins', element: <BulletinArchivePage /> },
      { path: 'bulletins/:id', element: <BulletinIssuePage /> },
      { path: 'workshop-registration/confirm', element: <RegistrationConfirmPage /> },
      { path: 'bulletin-subscription/confirm', element: <SubscriptionConfirmPage /> },
      { path: 'bulletin-subscription/unsubscribe', element: <SubscriptionUnsubscribePage /> },
      {
        path: 'bulletin-board',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <BulletinBoardPage />
          </RequireAuth>
        ),
      },
      {
        path: 'bulletin-board/issues/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <BulletinIssueCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'bulletin-board/issues/:id',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <BulletinIssueEditorPage />
          </RequireAuth>
        ),
      },
      {
        path: 'bulletin-board/articles/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <BulletinArticleCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'bulletin-board/articles/:id',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <BulletinArticlePage />
          </RequireAuth>
        ),
      },
      // The document registry (sổ văn bản đi, đến): the office manages; officers read what is addressed to them.
      {
        path: 'registry',
        element: (
          <RequireAuth roles={['staff', 'admin', 'association-officer']}>
            <RegistryPage />
          </RequireAuth>
        ),
      },
      {
        path: 'registry/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DocumentCreatePage />
          </RequireAuth>
        ),
      },
      // Handling of incoming documents (xử lý văn bản đến): the office's list, overdue first, and each handler's own.
      {
        path: 'registry/handling',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <HandlingListPage />
          </RequireAuth>
        ),
      },
      {
        path: 'registry/my-documents',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <MyDocumentsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'registry/:id',
        element: (
          <RequireAuth roles={['staff', 'admin', 'association-officer']}>
            <DocumentPage />
          </RequireAuth>
        ),
      },
      // The free distribution of the bulletin (cấp phát Tập san): the union office only.
      {
        path: 'distribution',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DistributionIssuePage />
          </RequireAuth>
        ),
      },
      {
        path: 'distribution/issues/:issueId',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DistributionIssuePage />
          </RequireAuth>
        ),
      },
      {
        path: 'distribution/recipients',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DistributionRecipientsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'distribution/recipients/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DistributionRecipientCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'distribution/recipients/:id',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DistributionRecipientEditPage />
          </RequireAuth>
        ),
      },
      {
        path: 'distribution/lists',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DistributionListsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'distribution/lists/:id',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DistributionListPage />
          </RequireAuth>
        ),
      },
      {
        path: 'distribution/totals',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <DistributionTotalsPage />
          </RequireAuth>
        ),
      },
      // Partner unions (Liên hiệp hội tỉnh bạn): the registry and webhook deliveries; their bulletins are public.
      { path: 'partner-bulletins', element: <PartnerBulletinsPage /> },
      {
        path: 'partners',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <PartnerListPage />
          </RequireAuth>
        ),
      },
      {
        path: 'partners/new',
        element: (
          <RequireAuth roles={['admin']}>
            <PartnerCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'partners/:id',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <PartnerPage />
          </RequireAuth>
        ),
      },
      {
        path: 'partners/:id/edit',
        element: (
          <RequireAuth roles={['admin']}>
            <PartnerEditPage />
          </RequireAuth>
        ),
      },
      {
        path: 'partners/:id/deliveries',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <PartnerDeliveriesPage />
          </RequireAuth>
        ),
      },
      {
        path: 'me/partner-deliveries',
        element: (
          <RequireAuth roles={['partner']}>
            <MyDeliveriesPage />
          </RequireAuth>
        ),
      },
      // The youth and children's creativity contest (Cuộc thi sáng tạo thanh thiếu niên, nhi đồng).
      { path: 'contests', element: <ContestPage /> },
      { path: 'contests/:editionId', element: <ContestPage /> },
      {
        path: 'contest-board',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <ContestBoardPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-board/editions/new',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <ContestEditionCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-board/editions/:id',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <ContestEditionEditorPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-board/editions/:id/statistics',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <ContestStatisticsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-board/coordinators',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <ContestCoordinatorsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-entries',
        element: (
          <RequireAuth roles={['staff', 'admin', 'contest-coordinator']}>
            <ContestEntriesPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-entries/new',
        element: (
          <RequireAuth roles={['staff', 'admin', 'contest-coordinator']}>
            <ContestEntryCreatePage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-entries/:id',
        element: (
          <RequireAuth roles={['staff', 'admin', 'contest-coordinator']}>
            <ContestEntryPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-entries/:id/edit',
        element: (
          <RequireAuth roles={['staff', 'admin', 'contest-coordinator']}>
            <ContestEntryEditPage />
          </RequireAuth>
        ),
      },
      // Contest judging (chấm thi): the office's judges, progress, ranking and results; the judges' scoring.
      {
        path: 'contest-board/editions/:id/judges',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <JudgingJudgesPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-board/editions/:id/judging',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <JudgingProgressPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-board/editions/:id/results',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <JudgingResultsAdminPage />
          </RequireAuth>
        ),
      },
      {
        path: 'contest-board/categories/:id/ranking',
        element: (
          <RequireAuth roles={['staff', 'admin']}>
            <JudgingRankingPage />
          </RequireAuth>
        ),
      },
      { path: 'contests/:editionId/results', element: <ContestResultsPage /> },
      {
        path: 'judging',
        element: (
          <RequireAuth roles={['judge', 'expert']}>
            <MyJudgingPage />
          </RequireAuth>
        ),
      },
      {
        path: 'judging/entries/:entryId',
        element: (
          <RequireAuth roles={['judge', 'expert']}>
            <ScoringPage />
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
