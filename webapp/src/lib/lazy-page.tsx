import { lazy, type ComponentType, type ReactElement } from 'react';
import { featureMessages, type MessagesLoader } from '@/i18n';

/**
 * A feature's lazy pages: each page is its own chunk, and it renders only once the feature's strings in the
 * active language are loaded too (no flash of raw keys). `messages` loads the feature's translation file;
 * the returned function makes a route's element from the page's dynamic import.
 */
export function lazyPages(messages: MessagesLoader) {
  const ensureMessages = featureMessages(messages);
  return (load: () => Promise<{ default: ComponentType }>): ReactElement => {
    const Page = lazy(async () => (await Promise.all([load(), ensureMessages()]))[0]);
    return <Page />;
  };
}
