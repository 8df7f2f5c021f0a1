import { i18n } from '../i18n';

/**
 * Fixed lists the forms offer, copied from the marketplace service's fixed category tree (GET /api/adds/categories/;
 * the service validates). An ad is filed under a top-level slug (`feed`) or a sub-category path (`feed/forage`);
 * filtering by a top-level category includes its sub-categories. Their names are in the locale files
 * (`categories.<slug>` and `categories.<slug>/<sub>`).
 */
const TREE: Record<string, string[]> = {
  livestock: ['cattle', 'poultry', 'pigs', 'sheep-goats', 'horses', 'other'],
  feed: ['forage', 'concentrates', 'minerals', 'pet-food'],
  veterinary: ['medicines', 'vaccines', 'supplements', 'equipment'],
  seeds: ['cereals', 'vegetables', 'pasture', 'fruit'],
  machinery: ['tractors', 'implements', 'irrigation', 'tools'],
  services: ['consultation', 'veterinary-visits', 'transport', 'training'],
};

export const TOP_CATEGORIES = Object.keys(TREE);

/** Every value an ad can be filed under, each top-level one followed by its sub-categories. */
export const CATEGORY_VALUES: string[] = TOP_CATEGORIES.flatMap((top) => [top, ...(TREE[top] ?? []).map((sub) => `${top}/${sub}`)]);

function name(value: string): string | null {
  const key = `categories.${value}`;
  return i18n.exists(key) ? (i18n.t as (k: string) => string)(key) : null;
}

/** `feed` → "Alimento"; `feed/forage` → "Alimento › Forraje y heno"; unknown values as written. */
export function categoryLabel(value: string): string {
  const [top, sub] = value.split('/');
  const topName = top ? name(top) : null;
  if (!topName || (sub !== undefined && !CATEGORY_VALUES.includes(value))) return value;
  return sub === undefined ? topName : `${topName} › ${name(value) ?? sub}`;
}

export const topCategories = () => TOP_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }));
export const allCategories = () => CATEGORY_VALUES.map((value) => ({ value, label: categoryLabel(value) }));

/** What the marketplace accepts (ISO 4217). */
export const CURRENCIES = ['USD', 'EUR', 'MXN', 'ARS', 'BOB', 'BRL', 'CAD', 'CLP', 'COP', 'CRC', 'DOP', 'GTQ', 'HNL', 'NIO', 'PAB', 'PEN', 'PYG', 'UYU', 'CUP', 'VES'];

/** The currency's code with its name in the chosen language ("COP · peso colombiano"). */
export function currencyLabel(code: string, locale: string): string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'currency' });
    const found = names.of(code);
    return found && found !== code ? `${code} · ${found}` : code;
  } catch {
    return code;
  }
}

export const orderingOptions = () => [
  { value: '', label: i18n.t('market.ordering.relevance') },
  { value: '-created_at', label: i18n.t('market.ordering.newest') },
  { value: 'price', label: i18n.t('market.ordering.priceLow') },
  { value: '-price', label: i18n.t('market.ordering.priceHigh') },
];
