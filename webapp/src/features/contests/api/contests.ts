import { type components } from '@/lib/api/client';
import { getConfig } from '@/lib/config';

export type Edition = components['schemas']['ContestEdition'];
export type EditionInput = components['schemas']['ContestEditionInput'];
export type EditionStatus = components['schemas']['EditionStatus'];
export type Phase = components['schemas']['ContestPhase'];
export type AwardQuota = components['schemas']['ContestAwardQuota'];
export type Category = components['schemas']['ContestCategory'];
export type CategoryInput = components['schemas']['ContestCategoryInput'];
export type Criterion = components['schemas']['ContestCriterion'];
export type CriterionInput = components['schemas']['ContestCriterionInput'];
export type CriterionLevel = components['schemas']['ContestCriterionLevel'];
export type Coordinator = components['schemas']['ContestCoordinator'];
export type CoordinatorInput = components['schemas']['ContestCoordinatorInput'];
export type CoordinatorKind = components['schemas']['CoordinatorKind'];
export type Entry = components['schemas']['ContestEntry'];
export type EntryInput = components['schemas']['ContestEntryInput'];
export type EntrySummary = components['schemas']['ContestEntrySummary'];
export type EntryStatus = components['schemas']['EntryStatus'];
export type Author = components['schemas']['ContestEntryAuthor'];
export type Supervisor = components['schemas']['ContestSupervisor'];
export type Award = components['schemas']['Award'];
export type ContestFile = components['schemas']['ContestFile'];
export type FileKind = components['schemas']['ContestFileKind'];
export type Statistics = components['schemas']['ContestStatistics'];
export type Count = components['schemas']['ContestCount'];

export const PHASES: Phase[] = [
  'upcoming',
  'registration',
  'submission',
  'preparing_judging',
  'judging',
  'deliberation',
  'results',
];
export const ENTRY_STATUSES: EntryStatus[] = [
  'draft',
  'submitted',
  'eligible',
  'rejected',
  'judged',
  'awarded',
  'nominated',
];
export const COORDINATOR_KINDS: CoordinatorKind[] = ['school', 'district'];

export const PDF_TYPES = ['application/pdf'] as const;
export const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export const MAX_RULES_BYTES = 20 * 1024 * 1024;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface EntryQuery {
  edition?: string;
  category?: string;
  status?: EntryStatus;
  district?: string;
  school?: string;
  grade?: number;
  q?: string;
  sort: string;
  page: number;
  size: number;
}

export interface CoordinatorQuery {
  q?: string;
  page: number;
  size: number;
}

export const contestKeys = {
  all: ['contests'] as const,
  current: ['contests', 'current'] as const,
  editions: (scope: 'public' | 'all') => ['contests', 'editions', scope] as const,
  edition: (id: string) => ['contests', 'edition', id] as const,
  categories: (editionId: string) => ['contests', 'categories', editionId] as const,
  statistics: (editionId: string, includeDrafts: boolean) =>
    ['contests', 'statistics', editionId, includeDrafts] as const,
  coordinators: (query: CoordinatorQuery) => ['contests', 'coordinators', query] as const,
  myCoordinator: ['contests', 'me', 'coordinator'] as const,
  entries: (query: EntryQuery) => ['contests', 'entries', query] as const,
  entry: (id: string) => ['contests', 'entry', id] as const,
};

/** A URL of the API (files carry URLs relative to its base) as an absolute address. */
export function apiHref(relative: string, download = false): string {
  const href = `${getConfig().apiUrl}${relative}`;
  return download ? `${href}${relative.includes('?') ? '&' : '?'}download=true` : href;
}
