import { lazy, type ComponentType } from 'react';
import { featureMessages, type MessagesLoader } from '@/i18n';

/**
 * A feature's lazy pages: each page is its own chunk, and it renders only once the feature's strings in the
 * active language are loaded too (no flash of raw keys). `messages` loads the feature's translation file.
 */
export function lazyPages(messages: MessagesLoader) {
  const ensureMessages = featureMessages(messages);
  return (load: () => Promise<{ default: ComponentType }>) =>
    lazy(async () => (await Promise.all([load(), ensureMessages()]))[0]);
}
