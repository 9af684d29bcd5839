import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

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

// Translations come in one file per language for the shell (layout, menu, shared components, strings several
// features share) and one per feature (features/<name>/i18n/<lng>.json, loaded with the feature's pages).
// All are merged into the one 'translation' namespace, so keys keep their names (`associations.*`...).
type Messages = Record<string, unknown>;
/** Loads one translation file of a feature (or of the shell) for a language, as a dynamic import. */
export type MessagesLoader = (language: Language) => Promise<{ default: Messages }>;

const shellMessages: MessagesLoader = (language) =>
  language === 'en' ? import('./en.json') : import('./vi.json');
/** The files the app has needed so far: a language switch loads them all in the new language first. */
const needed: MessagesLoader[] = [shellMessages];
const loads = new Map<MessagesLoader, Map<Language, Promise<void>>>();

function loadMessages(loader: MessagesLoader, language: Language): Promise<void> {
  let byLanguage = loads.get(loader);
  if (!byLanguage) loads.set(loader, (byLanguage = new Map()));
  let load = byLanguage.get(language);
  if (!load) {
    load = loader(language).then((m) => {
      i18n.addResourceBundle(language, 'translation', m.default, true, true);
    });
    // a failed load (network) may be retried by the next navigation
    load.catch(() => byLanguage.delete(language));
    byLanguage.set(language, load);
  }
  return load;
}

/** Registers a feature's translations; the returned function loads them in the active language. */
export function featureMessages(loader: MessagesLoader): () => Promise<void> {
  return () => {
    if (!needed.includes(loader)) needed.push(loader);
    return loadMessages(loader, currentLanguage());
  };
}

/** Adds translations at once (tests load every file this way). */
export function addMessages(language: Language, messages: Messages): void {
  i18n.addResourceBundle(language, 'translation', messages, true, true);
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  // the new language's strings of every feature shown so far first, so no page shows raw keys
  await Promise.all(needed.map((loader) => loadMessages(loader, language)));
  await i18n.changeLanguage(language);
}

let starting: Promise<typeof i18n> | undefined;

/** Starts i18n with the shell's strings in the stored language (the only translations of the first load). */
export function initI18n(): Promise<typeof i18n> {
  return (starting ??= start());
}

async function start(): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    const language = storedLanguage();
    const shell = (await shellMessages(language)).default;
    loads.set(shellMessages, new Map([[language, Promise.resolve()]]));
    await i18n.use(initReactI18next).init({
      resources: { [language]: { translation: shell } },
      lng: language,
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
