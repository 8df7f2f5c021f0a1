import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import es from './locales/es.json';

/** Spanish first (neutral Latin American), English second. */
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'es';
export const LANGUAGE_KEY = 'agrovet.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `es-CO`, `es_419`, `ES` → `es`; a language we do not speak → null. */
export function languageOf(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

/** The remembered choice, else the first of the browser's languages that we speak (es for any es-*), else Spanish. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The locale that numbers, money and dates are written in: the browser's own variant of the chosen language where it
 * names a country (es-CO, es-MX, en-GB: each writes numbers its own way), else the language itself. Regions that are
 * not countries (es-419) say nothing about how numbers are written and count as the bare language.
 */
export function formattingLocale(language: Language, preferred: readonly string[]): string {
  for (const tag of preferred) {
    try {
      const locale = new Intl.Locale(tag);
      if (locale.language === language && locale.region && /^[A-Z]{2}$/.test(locale.region)) return `${language}-${locale.region}`;
    } catch {
      // not a well-formed tag: skip it
    }
  }
  return language;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator as Navigator | undefined;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

/**
 * Spanish, the language of most people here, comes with the app; English is its own small chunk, downloaded before
 * the first render when it is the chosen language, or when someone switches to it.
 */
const LOADERS: Record<Language, () => Promise<unknown>> = {
  es: () => Promise.resolve(es),
  en: () => import('./locales/en.json').then((module) => module.default),
};

export const i18n = i18next.createInstance();

const initial = detectLanguage(storage()?.getItem(LANGUAGE_KEY) ?? null, browserLanguages());

void i18n.use(initReactI18next).init({
  resources: { es: { translation: es } },
  partialBundledLanguages: true,
  lng: initial,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes what it renders
  returnNull: false,
  initAsync: false,
});

/** Makes the language's texts available (a no-op once they are). */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const texts = await LOADERS[language]();
  i18n.addResourceBundle(language, 'translation', texts as object, true, true);
}

/** Settles when the chosen language can be shown: render after it (a failed download shows Spanish, never keys). */
export const languageReady: Promise<void> = loadLanguage(initial).catch(() => undefined);

function followLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

followLanguage(i18n.language);
i18n.on('languageChanged', followLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** See formattingLocale. */
export function currentLocale(): string {
  return formattingLocale(currentLanguage(), browserLanguages());
}

/** Switches the whole app and remembers the choice in this browser. */
export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  try {
    storage()?.setItem(LANGUAGE_KEY, language);
  } catch {
    // storage full or disabled: the choice lasts until the page is closed
  }
  await i18n.changeLanguage(language);
}
