/**
 * Every page of the SPA, by feature: `path` is the route pattern (used by the features' route modules),
 * `getHref(...)` builds a link to it. Links never spell a page's URL by hand, so a page can move in one place.
 */
type Query = Record<string, string | number | undefined>;

/** `?a=1&b=2` of the defined values (encoded as encodeURIComponent does), or '' when there are none. */
function query(params?: Query): string {
  const pairs = Object.entries(params ?? {}).filter(([, v]) => v !== undefined && v !== '');
  return pairs.length === 0
    ? ''
    : `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}`;
}

const page = (path: string) => ({ path, getHref: (q?: Query) => `${path}${query(q)}` });

export const paths = {
  home: page('/'),
  auth: { callback: page('/auth/callback') },
  dashboard: page('/dashboard'),
  audit: page('/audit'),
  notifications: { inbox: page('/notifications'), preferences: page('/notifications/preferences') },
  associations: {
    directory: page('/directory'),
    list: page('/associations'),
    create: page('/associations/new'),
    detail: { path: '/associations/:id', getHref: (id: string) => `/associations/${id}` },
    edit: { path: '/associations/:id/edit', getHref: (id: string) => `/associations/${id}/edit` },
  },
  programs: {
    list: page('/programs'),
    import: page('/programs/import'),
    detail: { path: '/programs/:id', getHref: (id: string) => `/programs/${id}` },
    report: {
      path: '/programs/:id/reports/:year',
      getHref: (id: string, year: string | number) => `/programs/${id}/reports/${year}`,
    },
    task: { path: '/program-tasks/:id', getHref: (id: string) => `/program-tasks/${id}` },
  },
  experts: {
    directory: page('/experts'),
    create: page('/experts/new'),
    detail: { path: '/experts/:id', getHref: (id: string) => `/experts/${id}` },
    edit: { path: '/experts/:id/edit', getHref: (id: string) => `/experts/${id}/edit` },
    myProfile: page('/me/expert-profile'),
  },
  consultations: {
    board: page('/consultations'),
    create: page('/consultations/new'),
    detail: { path: '/consultations/:id', getHref: (id: string) => `/consultations/${id}` },
    myAssignments: page('/my-assignments'),
  },
  bulletins: {
    archive: page('/bulletins'),
    issue: { path: '/bulletins/:id', getHref: (id: string) => `/bulletins/${id}` },
    board: page('/bulletin-board'),
    boardArticles: { path: '/bulletin-board', getHref: () => '/bulletin-board?tab=articles' },
    issueCreate: page('/bulletin-board/issues/new'),
    issueEditor: {
      path: '/bulletin-board/issues/:id',
      getHref: (id: string) => `/bulletin-board/issues/${id}`,
    },
    articleCreate: {
      path: '/bulletin-board/articles/new',
      getHref: (issueId?: string) => `/bulletin-board/articles/new${query({ issueId })}`,
    },
    article: {
      path: '/bulletin-board/articles/:id',
      getHref: (id: string) => `/bulletin-board/articles/${id}`,
    },
    subscriptionConfirm: page('/bulletin-subscription/confirm'),
    subscriptionUnsubscribe: page('/bulletin-subscription/unsubscribe'),
  },
  distribution: {
    issues: page('/distribution'),
    issue: { path: '/distribution/issues/:issueId', getHref: (id: string) => `/distribution/issues/${id}` },
    recipients: page('/distribution/recipients'),
    recipientCreate: page('/distribution/recipients/new'),
    recipient: {
      path: '/distribution/recipients/:id',
      getHref: (id: string) => `/distribution/recipients/${id}`,
    },
    lists: page('/distribution/lists'),
    list: { path: '/distribution/lists/:id', getHref: (id: string) => `/distribution/lists/${id}` },
    totals: page('/distribution/totals'),
  },
  partners: {
    bulletins: page('/partner-bulletins'),
    list: page('/partners'),
    create: page('/partners/new'),
    detail: { path: '/partners/:id', getHref: (id: string) => `/partners/${id}` },
    edit: { path: '/partners/:id/edit', getHref: (id: string) => `/partners/${id}/edit` },
    deliveries: { path: '/partners/:id/deliveries', getHref: (id: string) => `/partners/${id}/deliveries` },
    myDeliveries: page('/me/partner-deliveries'),
  },
  contests: {
    current: page('/contests'),
    edition: { path: '/contests/:editionId', getHref: (id: string) => `/contests/${id}` },
    board: page('/contest-board'),
    editionCreate: page('/contest-board/editions/new'),
    editionEditor: {
      path: '/contest-board/editions/:id',
      getHref: (id: string) => `/contest-board/editions/${id}`,
    },
    statistics: {
      path: '/contest-board/editions/:id/statistics',
      getHref: (id: string) => `/contest-board/editions/${id}/statistics`,
    },
    coordinators: page('/contest-board/coordinators'),
    entries: {
      path: '/contest-entries',
      getHref: (edition?: string) => `/contest-entries${query({ edition })}`,
    },
    entryCreate: page('/contest-entries/new'),
    entry: { path: '/contest-entries/:id', getHref: (id: string) => `/contest-entries/${id}` },
    entryEdit: { path: '/contest-entries/:id/edit', getHref: (id: string) => `/contest-entries/${id}/edit` },
  },
  judging: {
    judges: {
      path: '/contest-board/editions/:id/judges',
      getHref: (id: string) => `/contest-board/editions/${id}/judges`,
    },
    progress: {
      path: '/contest-board/editions/:id/judging',
      getHref: (id: string) => `/contest-board/editions/${id}/judging`,
    },
    resultsAdmin: {
      path: '/contest-board/editions/:id/results',
      getHref: (id: string) => `/contest-board/editions/${id}/results`,
    },
    ranking: {
      path: '/contest-board/categories/:id/ranking',
      getHref: (id: string) => `/contest-board/categories/${id}/ranking`,
    },
    publicResults: {
      path: '/contests/:editionId/results',
      getHref: (id: string) => `/contests/${id}/results`,
    },
    mine: page('/judging'),
    scoring: { path: '/judging/entries/:entryId', getHref: (id: string) => `/judging/entries/${id}` },
  },
  registry: {
    list: page('/registry'),
    create: {
      path: '/registry/new',
      getHref: (direction: 'incoming' | 'outgoing') => `/registry/new${query({ direction })}`,
    },
    handling: page('/registry/handling'),
    myDocuments: page('/registry/my-documents'),
    document: { path: '/registry/:id', getHref: (id: string) => `/registry/${id}` },
  },
  calendar: {
    month: page('/calendar'),
    events: page('/events'),
    event: { path: '/calendar/events/:id', getHref: (id: string) => `/calendar/events/${id}` },
    create: { path: '/calendar/new', getHref: (day?: string) => `/calendar/new${query({ day })}` },
    edit: { path: '/calendar/events/:id/edit', getHref: (id: string) => `/calendar/events/${id}/edit` },
    registrationConfirm: page('/workshop-registration/confirm'),
  },
  news: {
    list: page('/news'),
    post: { path: '/news/:id', getHref: (id: string) => `/news/${id}` },
    board: page('/news-board'),
    create: page('/news-board/new'),
    editor: { path: '/news-board/:id', getHref: (id: string) => `/news-board/${id}` },
  },
} as const;
