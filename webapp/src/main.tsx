import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@/app/overrides.css';
import '@/app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import i18n, { currentLanguage, initI18n } from '@/i18n';
import { configureApi } from '@/lib/api/client';
import { loadConfig } from '@/lib/config';

const root = createRoot(document.getElementById('root')!);
configureApi({ language: currentLanguage });

// The shell's strings (active language only) and the runtime configuration load together.
Promise.all([initI18n(), loadConfig()])
  .then(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch(async (error: unknown) => {
    await initI18n().catch(() => undefined);
    // Without configuration nothing works: say so plainly instead of showing a blank page.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.style.cssText = 'font-family:sans-serif;padding:2rem;color:#a00';
    message.textContent = `${i18n.t('error.configFailed')} (${error instanceof Error ? error.message : String(error)})`;
    document.getElementById('root')!.replaceChildren(message);
  });
