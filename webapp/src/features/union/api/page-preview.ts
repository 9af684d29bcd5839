import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/**
 * What a shared link or a search engine shows of the page at this path: the API's preview (the record's title and
 * description as an anonymous visitor may see them, or the site's defaults). Crawlers that run no JavaScript get the
 * same from the web server (deploy/nginx); this is for those that do.
 */
export function usePagePreview(path: string, enabled: boolean) {
  return useQuery({
    queryKey: ['union', 'page-preview', path] as const,
    staleTime: 5 * 60_000,
    enabled,
    queryFn: async ({ signal }) => {
      const preview = unwrap(
        await api().GET('/api/v1/page-previews', { params: { query: { path } }, signal }),
      );
      // the JSON form (the client asks for JSON; the HTML form is the crawlers')
      return typeof preview === 'string' ? null : preview;
    },
  });
}
