import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, LANGUAGES, setLanguage } from '../i18n';

/** The language of the whole app, in the header; each language is named in itself so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">{t('language.label')}</label>
      <select
        id={id}
        className="language__select"
        value={currentLanguage()}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>{t(`language.names.${language}`)}</option>
        ))}
      </select>
    </div>
  );
}
