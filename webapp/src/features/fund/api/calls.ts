import { api, type components } from '@/lib/api/client';
import { useApiQuery } from '@/lib/api/hooks';
import { getConfig } from '@/lib/config';

export type FundCall = components['schemas']['FundCall'];
export type FundCallSummary = components['schemas']['FundCallSummary'];
export type FundCallKind = components['schemas']['FundCallKind'];
export type FundCallStatus = components['schemas']['FundCallStatus'];
export type Eligibility = components['schemas']['Eligibility'];

export const CALL_KINDS: FundCallKind[] = ['grant', 'task_proposal'];

/** What the public list of calls asks for. */
export interface CallQuery {
  q?: string;
  kind?: FundCallKind;
  page: number;
  size: number;
}

export const callKeys = {
  list: (query: CallQuery) => ['fund-calls', 'list', query] as const,
  call: (id: string) => ['fund-calls', 'call', id] as const,
};

export function useFundCalls(query: CallQuery) {
  return useApiQuery(
    callKeys.list(query),
    (signal) =>
      api().GET('/api/v1/fund-calls', {
        params: { query: { ...query, q: query.q || undefined, sort: '-closesAt' } },
        signal,
      }),
    { keepPrevious: true },
  );
}

export function useFundCall(id: string) {
  return useApiQuery(callKeys.call(id), (signal) =>
    api().GET('/api/v1/fund-calls/{id}', { params: { path: { id } }, signal }),
  );
}

/** A document's URL (relative to the API's base) as an absolute address: a public call's documents are public. */
export function documentHref(relative: string): string {
  return `${getConfig().apiUrl}${relative}`;
}
