import { i18n } from '../../../i18n';

/** The Latin American countries addresses are in (ISO 3166-1 alpha-2), named in the reader's language by Intl. */
export const LATAM_COUNTRIES = [
  'AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PR', 'PY', 'SV', 'UY', 'VE',
] as const;

export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([i18n.language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries as select options, sorted by their name in the reader's language. */
export function countryOptions(): { value: string; label: string }[] {
  return LATAM_COUNTRIES.map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
}
