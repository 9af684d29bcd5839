import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import vi from './vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'lhh.language';

/** Marks a string as an i18n key used indirectly (a map of keys); the key test scans for it. */
export const tk = <K extends string>(key: K): K => key;

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return stored === 'en' || stored === 'vi' ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
}

/** The BCP 47 locale for Intl formatting of the current UI language. */
export function currentLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'vi-VN';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18n.changeLanguage(language);
}

export function initI18n(): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: storedLanguage(),
      fallbackLng: 'vi',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    const syncHtmlLang = (lng: string) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng;
    };
    syncHtmlLang(i18n.language);
    i18n.on('languageChanged', syncHtmlLang);
  }
  return i18n;
}

export default i18n;
