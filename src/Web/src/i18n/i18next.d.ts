import 'i18next';
import type es from './locales/es.json';

// Keys are checked by the compiler: t('a.key.that.does.not.exist') does not build.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof es };
    returnNull: false;
  }
}
