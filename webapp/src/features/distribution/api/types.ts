import { type components } from '@/lib/api/client';

export type Recipient = components['schemas']['DistributionRecipient'];
export type RecipientInput = components['schemas']['DistributionRecipientInput'];
export type RecipientKind = components['schemas']['RecipientKind'];
export type DeliveryMethod = components['schemas']['DeliveryMethod'];
export type DistributionList = components['schemas']['DistributionList'];
export type DistributionListSummary = components['schemas']['DistributionListSummary'];
export type DistributionListInput = components['schemas']['DistributionListInput'];
export type DistributionListMember = components['schemas']['DistributionListMember'];
export type DistributionRecord = components['schemas']['DistributionRecord'];
export type RecordInput = components['schemas']['DistributionRecordInput'];
export type RecordUpdate = components['schemas']['DistributionRecordUpdate'];
export type BatchInput = components['schemas']['DistributionBatchInput'];
export type BatchResult = components['schemas']['DistributionBatchResult'];
export type SkipReason = components['schemas']['DistributionSkipReason'];
export type KindTotal = components['schemas']['DistributionKindTotal'];
export type MonthTotal = components['schemas']['DistributionMonthTotal'];
export type DistributionTotals = components['schemas']['DistributionTotals'];
export type IssueDistribution = components['schemas']['IssueDistribution'];
export type IssueRef = components['schemas']['BulletinIssueRef'];
export type IssueSummary = components['schemas']['BulletinIssueSummary'];
export type IssueStatus = components['schemas']['IssueStatus'];

/** In the API's order (the totals per kind come in this order too). */
export const RECIPIENT_KINDS: RecipientKind[] = [
  'commune',
  'ward',
  'town',
  'department',
  'partner_union',
  'other',
];
/** Communes, wards and towns: they need their district. */
export const LOCAL_KINDS: readonly RecipientKind[] = ['commune', 'ward', 'town'];
export const DELIVERY_METHODS: DeliveryMethod[] = ['post', 'in_person', 'courier', 'other'];

/** The recipients page's state (kept in the URL); sent as listDistributionRecipients' parameters. */
export interface RecipientQuery {
  q?: string;
  kind?: RecipientKind;
  district?: string;
  active?: boolean;
  sort: string;
  page: number;
  size: number;
}

export interface ListQuery {
  q?: string;
  page: number;
  size: number;
}

export interface RecordQuery {
  kind?: RecipientKind;
  sort: string;
  page: number;
  size: number;
}

export const distributionKeys = {
  all: ['distribution'] as const,
  recipientLists: ['distribution', 'recipients'] as const,
  recipients: (query: RecipientQuery) => ['distribution', 'recipients', query] as const,
  recipientSearch: (q: string, activeOnly: boolean) =>
    ['distribution', 'recipient-search', q, activeOnly] as const,
  recipient: (id: string) => ['distribution', 'recipient', id] as const,
  listPages: ['distribution', 'lists'] as const,
  lists: (query: ListQuery) => ['distribution', 'lists', query] as const,
  list: (id: string) => ['distribution', 'list', id] as const,
  issues: (q: string) => ['distribution', 'issues', q] as const,
  issue: (issueId: string) => ['distribution', 'issue', issueId] as const,
  issueRecords: (issueId: string, query: RecordQuery) => ['distribution', 'issue', issueId, query] as const,
  totalsAll: ['distribution', 'totals'] as const,
  totals: (year: number) => ['distribution', 'totals', year] as const,
};
