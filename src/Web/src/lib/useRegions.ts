import { useTranslation } from 'react-i18next';
import { regionsApi } from '../api/endpoints';
import { i18n } from '../i18n';
import { catalogCache, type RegionCatalog } from './regions';
import { useAsync, type AsyncState } from './useAsync';

/** One request per language for the whole session: the API answers in the language of the request. */
const cachedCatalog = catalogCache(() => regionsApi.list());

/** The regions catalog in the chosen language (fetched again only when the language changes). */
export function useRegions(): AsyncState<RegionCatalog> {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useAsync<RegionCatalog>(() => cachedCatalog(language), [language]);
}

/** The catalog in the chosen language if a picker or list has loaded it already (for CSV cells); undefined before. */
export function loadedRegions(): RegionCatalog | undefined {
  return cachedCatalog.peek(i18n.language);
}
