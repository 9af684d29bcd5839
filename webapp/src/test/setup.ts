import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { addMessages, initI18n } from '@/i18n';

// Tests render any feature's components: every translation file, both languages, up front.
await initI18n();
const files = import.meta.glob<{ default: Record<string, unknown> }>(
  ['/src/i18n/*.json', '/src/features/*/i18n/*.json'],
  { eager: true },
);
for (const [path, file] of Object.entries(files)) {
  addMessages(path.endsWith('/en.json') ? 'en' : 'vi', file.default);
}

// Mantine reads these browser APIs; happy-dom lacks some of them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

afterEach(() => cleanup());

// Textarea autosize listens for web fonts loading.
if (!('fonts' in document) || !document.fonts) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
