import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuth } from '@/lib/auth/auth-context';
import { usePagePreview } from '../api/page-preview';
import { useUnionProfile } from '../api/union-profile';

/**
 * The browser tab and a bookmark name the page and the union: "<page heading> · <union>". The heading is the
 * page's own h1, read when it appears or changes (pages render it after their data arrives), so every route
 * gets its title without each page repeating it.
 */
export function useDocumentTitle(): void {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const place = useUnionProfile().data?.place;
  const union = place ? t('union.brand', { place }) : t('app.name');
  // the meta description of a public page, for search engines that run JavaScript; signed-in pages need none
  const anonymous = useAuth().status === 'anonymous';
  const description = usePagePreview(location.pathname, anonymous).data?.description;

  useEffect(() => {
    if (!description) return;
    let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description;
  }, [description]);

  useEffect(() => {
    const main = document.querySelector('main') ?? document.body;
    const apply = () => {
      const heading = main.querySelector('h1')?.textContent?.trim();
      const title = heading && heading !== union ? `${heading} · ${union}` : union;
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [location.pathname, union, i18n.resolvedLanguage]);
}
