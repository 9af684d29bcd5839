import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
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
