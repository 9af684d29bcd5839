import { api } from '@/lib/api/client';
import { useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';
import {
  type DocumentFile,
  type DocumentFormat,
  type ExportFormat,
  fileNameOf,
  saveBlob,
} from '@/lib/download';
import { judgingKeys } from './types';

// ---------------------------------------------------------------- results

export function useResults(editionId: string) {
  return useApiQuery(judgingKeys.results(editionId), (signal) =>
    api().GET('/api/v1/contest-editions/{id}/results', { params: { path: { id: editionId } }, signal }),
  );
}

export function usePublication(editionId: string) {
  return useApiMutation(
    async ({ publish, version }: { publish: boolean; version: number }) => {
      const params = { path: { id: editionId }, header: versioned(version) };
      return publish
        ? await api().POST('/api/v1/contest-editions/{id}/results/publication', { params })
        : await api().DELETE('/api/v1/contest-editions/{id}/results/publication', { params });
    },
    {
      onSuccess: (results, _, queryClient) =>
        queryClient.setQueryData(judgingKeys.results(editionId), results),
      invalidate: [judgingKeys.edition(editionId)],
      wait: true,
    },
  );
}

/** The national nominations file (CSV or XLSX) as the API makes it, with its file name. */
export async function fetchNominations(
  editionId: string,
  format: 'csv' | 'xlsx',
): Promise<{ blob: Blob; fileName: string }> {
  const result = await api().GET('/api/v1/contest-editions/{id}/nominations', {
    params: { path: { id: editionId }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  const disposition = result.response.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const fileName = m ? decodeURIComponent(m[1] ?? m[2] ?? '') : `de-cu-quoc-gia.${format}`;
  return { blob, fileName: fileName || `de-cu-quoc-gia.${format}` };
}

/** The results as XLSX or CSV: one row per awarded entry, authors only with recorded consent (as the results). */
export async function downloadResultsExport(editionId: string, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/contest-editions/{id}/results/export', {
    params: { path: { id: editionId }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(blob, fileNameOf(result.response, `ket-qua-cuoc-thi.${format}`));
}

/** The edition's formal documents: the award decision, the national nomination list, all certificates in one file (PDF or Word). */
export type EditionDocument = 'award-decision' | 'nomination-list' | 'certificates';

export async function fetchEditionDocument(
  editionId: string,
  document: EditionDocument,
  format: DocumentFormat,
): Promise<DocumentFile> {
  const options = { params: { path: { id: editionId }, query: { format } }, parseAs: 'blob' as const };
  const result =
    document === 'award-decision'
      ? await api().GET('/api/v1/contest-editions/{id}/award-decision', options)
      : document === 'nomination-list'
        ? await api().GET('/api/v1/contest-editions/{id}/nomination-list', options)
        : await api().GET('/api/v1/contest-editions/{id}/certificates', options);
  const blob = unwrap(result) as unknown as Blob;
  return { blob, fileName: fileNameOf(result.response, `${document}.${format}`) };
}
