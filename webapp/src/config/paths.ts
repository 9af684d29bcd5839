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
/** A page of one record: the pattern's one `:param` is the record's id. */
const record = (path: string) => ({ path, getHref: (id: string) => path.replace(/:\w+/, () => id) });

export const paths = {
  home: page('/'),
  auth: { callback: page('/auth/callback') },
  dashboard: page('/dashboard'),
  audit: page('/audit'),
  union: { settings: page('/admin/union') },
  notifications: { inbox: page('/notifications'), preferences: page('/notifications/preferences') },
  associations: {
    directory: page('/directory'),
    list: page('/associations'),
    create: page('/associations/new'),
    detail: record('/associations/:id'),
    edit: record('/associations/:id/edit'),
  },
  programs: {
    list: page('/programs'),
    import: page('/programs/import'),
    detail: record('/programs/:id'),
    report: {
      path: '/programs/:id/reports/:year',
      getHref: (id: string, year: string | number) => `/programs/${id}/reports/${year}`,
    },
    task: record('/program-tasks/:id'),
  },
  experts: {
    directory: page('/experts'),
    create: page('/experts/new'),
    detail: record('/experts/:id'),
    edit: record('/experts/:id/edit'),
    myProfile: page('/me/expert-profile'),
  },
  consultations: {
    board: page('/consultations'),
    create: page('/consultations/new'),
    detail: record('/consultations/:id'),
    myAssignments: page('/my-assignments'),
  },
  bulletins: {
    archive: page('/bulletins'),
    issue: record('/bulletins/:id'),
    board: page('/bulletin-board'),
    boardArticles: { path: '/bulletin-board', getHref: () => '/bulletin-board?tab=articles' },
    issueCreate: page('/bulletin-board/issues/new'),
    issueEditor: record('/bulletin-board/issues/:id'),
    articleCreate: {
      path: '/bulletin-board/articles/new',
      getHref: (issueId?: string) => `/bulletin-board/articles/new${query({ issueId })}`,
    },
    article: record('/bulletin-board/articles/:id'),
    subscriptionConfirm: page('/bulletin-subscription/confirm'),
    subscriptionUnsubscribe: page('/bulletin-subscription/unsubscribe'),
  },
  fund: { calls: page('/fund-calls'), call: record('/fund-calls/:id') },
  distribution: {
    issues: page('/distribution'),
    issue: record('/distribution/issues/:issueId'),
    recipients: page('/distribution/recipients'),
    recipientCreate: page('/distribution/recipients/new'),
    recipient: record('/distribution/recipients/:id'),
    lists: page('/distribution/lists'),
    list: record('/distribution/lists/:id'),
    totals: page('/distribution/totals'),
  },
  partners: {
    bulletins: page('/partner-bulletins'),
    list: page('/partners'),
    create: page('/partners/new'),
    detail: record('/partners/:id'),
    edit: record('/partners/:id/edit'),
    deliveries: record('/partners/:id/deliveries'),
    myDeliveries: page('/me/partner-deliveries'),
  },
  contests: {
    current: page('/contests'),
    edition: record('/contests/:editionId'),
    board: page('/contest-board'),
    editionCreate: page('/contest-board/editions/new'),
    editionEditor: record('/contest-board/editions/:id'),
    statistics: record('/contest-board/editions/:id/statistics'),
    coordinators: page('/contest-board/coordinators'),
    entries: {
      path: '/contest-entries',
      getHref: (edition?: string) => `/contest-entries${query({ edition })}`,
    },
    entryCreate: page('/contest-entries/new'),
    entry: record('/contest-entries/:id'),
    entryEdit: record('/contest-entries/:id/edit'),
  },
  judging: {
    judges: record('/contest-board/editions/:id/judges'),
    progress: record('/contest-board/editions/:id/judging'),
    resultsAdmin: record('/contest-board/editions/:id/results'),
    ranking: record('/contest-board/categories/:id/ranking'),
    publicResults: record('/contests/:editionId/results'),
    mine: page('/judging'),
    scoring: record('/judging/entries/:entryId'),
  },
  registry: {
    list: page('/registry'),
    create: {
      path: '/registry/new',
      getHref: (direction: 'incoming' | 'outgoing') => `/registry/new${query({ direction })}`,
    },
    handling: page('/registry/handling'),
    myDocuments: page('/registry/my-documents'),
    document: record('/registry/:id'),
  },
  calendar: {
    month: page('/calendar'),
    events: page('/events'),
    event: record('/calendar/events/:id'),
    create: { path: '/calendar/new', getHref: (day?: string) => `/calendar/new${query({ day })}` },
    edit: record('/calendar/events/:id/edit'),
    registrationConfirm: page('/workshop-registration/confirm'),
  },
  news: {
    list: page('/news'),
    post: record('/news/:id'),
    board: page('/news-board'),
    create: page('/news-board/new'),
    editor: record('/news-board/:id'),
  },
} as const;
