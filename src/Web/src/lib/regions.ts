import type { RegionCountry, RegionDivision } from '../api/types';

/**
 * The regions catalog (GET /api/regions/) as the pickers use it. A region is a division's ISO 3166-2 code ("CO-COR"),
 * whose part before the dash is its country's ISO 3166-1 code ("CO"); filters also take a country's code alone.
 */
export type RegionCatalog = readonly RegionCountry[];

export interface Option {
  value: string;
  label: string;
}

/** `co-cor` → `CO`, `CO` → `CO`, '' → ''. */
export function countryOfCode(code: string): string {
  const trimmed = code.trim().toUpperCase();
  const dash = trimmed.indexOf('-');
  return dash < 0 ? trimmed : trimmed.slice(0, dash);
}

export function findCountry(catalog: RegionCatalog, code: string): RegionCountry | undefined {
  const wanted = countryOfCode(code);
  return wanted ? catalog.find((country) => country.code === wanted) : undefined;
}

/** The division a code names (any case) with its country; undefined for a country's code or an unknown code. */
export function findDivision(catalog: RegionCatalog, code: string): { country: RegionCountry; division: RegionDivision } | undefined {
  const wanted = code.trim().toUpperCase();
  const country = findCountry(catalog, wanted);
  const division = country?.divisions.find((d) => d.code === wanted);
  return country && division ? { country, division } : undefined;
}

const byLabel = (locale: string) => (a: Option, b: Option) => a.label.localeCompare(b.label, locale);

/** The catalog's countries as options, by name in the reader's language. */
export function countryOptions(catalog: RegionCatalog, locale: string): Option[] {
  return catalog.map((country) => ({ value: country.code, label: country.name })).sort(byLabel(locale));
}

/** One country's divisions as options, by name; none for a country the catalog does not have. */
export function divisionOptions(catalog: RegionCatalog, countryCode: string, locale: string): Option[] {
  const country = findCountry(catalog, countryCode);
  return (country?.divisions ?? []).map((division) => ({ value: division.code, label: division.name })).sort(byLabel(locale));
}

const COUNTRY_CODE = /^[A-Z]{2}$/;
const DIVISION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/**
 * What a picker shows for a value: the country chosen and the division's code ('' when the value is a country's code
 * alone, or empty). Codes come back upper case, as the catalog writes them, so `split` then the division is the code.
 * Text that is no code (a region written before the catalog, "Meta") shows as nothing chosen.
 */
export function splitRegion(value: string): { country: string; division: string } {
  const code = value.trim().toUpperCase();
  if (DIVISION_CODE.test(code)) return { country: countryOfCode(code), division: code };
  return { country: COUNTRY_CODE.test(code) ? code : '', division: '' };
}

/** The text of a region stored before the catalog ("Meta"), which no picker option shows; null for a code or nothing. */
export function writtenBeforeCatalog(value: string): string | null {
  const text = value.trim();
  return text && !DIVISION_CODE.test(text.toUpperCase()) && !COUNTRY_CODE.test(text.toUpperCase()) ? text : null;
}

/** The currency of the country a region (a division's or a country's code) is in, or null outside the catalog. */
export function currencyOfRegion(catalog: RegionCatalog, code: string): string | null {
  return findCountry(catalog, code)?.currency ?? null;
}

/** "Córdoba, Colombia" for a division, "Colombia" for a country, the code itself when the catalog does not know it. */
export function regionLabel(catalog: RegionCatalog, code: string): string {
  const found = findDivision(catalog, code);
  if (found) return `${found.division.name}, ${found.country.name}`;
  const country = findCountry(catalog, code);
  return country && country.code === code.trim().toUpperCase() ? country.name : code;
}

/**
 * What a stored region reads as where a code must never show (admin lists, exports): "Córdoba, Colombia" for a division
 * the catalog knows, a country's name for a country's code, else the name the API sent beside the code, else the
 * stored text itself (a region written before the catalog, "Meta"); '' for none.
 */
export function regionText(catalog: RegionCatalog | undefined, code: unknown, name?: unknown): string {
  const stored = typeof code === 'string' ? code.trim() : '';
  if (!stored) return '';
  if (catalog && (findDivision(catalog, stored) || findCountry(catalog, stored)?.code === stored.toUpperCase())) return regionLabel(catalog, stored);
  const given = typeof name === 'string' ? name.trim() : '';
  return given || stored;
}

/**
 * Where a new ad starts: the division of the seller's profile (and its country's currency) when it is a division the
 * catalog knows; null otherwise (no profile, no region, or a region written before the catalog).
 */
export function startingRegion(catalog: RegionCatalog, profileRegion: string | null | undefined): { region: string; currency: string; country: string } | null {
  const found = profileRegion ? findDivision(catalog, profileRegion) : undefined;
  return found ? { region: found.division.code, currency: found.country.currency, country: found.country.name } : null;
}

/** Codes kept once each, in the order first given, upper case; empty ones dropped. */
export function distinctCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => code.trim().toUpperCase()).filter(Boolean))];
}

/**
 * The catalog fetched once per language for the whole session (the names come in the language asked for); a failed
 * fetch is forgotten, so the next picker asks again.
 */
export function catalogCache(load: (language: string) => Promise<RegionCatalog>) {
  const loaded = new Map<string, Promise<RegionCatalog>>();
  const settled = new Map<string, RegionCatalog>();
  const get = (language: string): Promise<RegionCatalog> => {
    let pending = loaded.get(language);
    if (!pending) {
      pending = load(language);
      loaded.set(language, pending);
      pending.then((catalog) => settled.set(language, catalog), () => loaded.delete(language));
    }
    return pending;
  };
  /** The catalog already loaded in this language, for code that cannot wait (a CSV cell); undefined before. */
  get.peek = (language: string): RegionCatalog | undefined => settled.get(language);
  return get;
}
