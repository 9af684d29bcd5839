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
initI18n();
configureApi({ language: currentLanguage });

loadConfig()
  .then(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    // Without configuration nothing works: say so plainly instead of showing a blank page.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.style.cssText = 'font-family:sans-serif;padding:2rem;color:#a00';
    message.textContent = `${i18n.t('error.configFailed')} (${error instanceof Error ? error.message : String(error)})`;
    document.getElementById('root')!.replaceChildren(message);
  });
