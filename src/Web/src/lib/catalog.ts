/**
 * Fixed lists the forms offer, copied from the marketplace service's fixed category tree (GET /api/adds/categories/;
 * the service validates). An ad is filed under a top-level slug (`feed`) or a sub-category path (`feed/forage`);
 * filtering by a top-level category includes its sub-categories.
 */
export const CATEGORIES: { value: string; label: string }[] = [
  { value: 'livestock', label: 'Livestock' },
  { value: 'feed', label: 'Feed' },
  { value: 'veterinary', label: 'Veterinary' },
  { value: 'seeds', label: 'Seeds' },
  { value: 'machinery', label: 'Machinery' },
  { value: 'services', label: 'Services' },
];

const SUBCATEGORIES: Record<string, [string, string][]> = {
  livestock: [['cattle', 'Cattle'], ['poultry', 'Poultry'], ['pigs', 'Pigs'], ['sheep-goats', 'Sheep and goats'], ['horses', 'Horses'], ['other', 'Other animals']],
  feed: [['forage', 'Forage and hay'], ['concentrates', 'Concentrates'], ['minerals', 'Minerals and salts'], ['pet-food', 'Pet food']],
  veterinary: [['medicines', 'Medicines'], ['vaccines', 'Vaccines'], ['supplements', 'Supplements'], ['equipment', 'Equipment']],
  seeds: [['cereals', 'Cereals'], ['vegetables', 'Vegetables'], ['pasture', 'Pasture'], ['fruit', 'Fruit trees and plants']],
  machinery: [['tractors', 'Tractors'], ['implements', 'Implements'], ['irrigation', 'Irrigation'], ['tools', 'Tools']],
  services: [['consultation', 'Consultation'], ['veterinary-visits', 'Veterinary visits'], ['transport', 'Transport'], ['training', 'Training']],
};

/** Every category an ad can be filed under, each top-level one followed by its sub-categories ("Feed › Forage and hay"). */
export const ALL_CATEGORIES: { value: string; label: string }[] = CATEGORIES.flatMap((top) => [
  top,
  ...(SUBCATEGORIES[top.value] ?? []).map(([slug, name]) => ({ value: `${top.value}/${slug}`, label: `${top.label} › ${name}` })),
]);

/** What the marketplace accepts (ISO 4217). */
export const CURRENCIES = ['USD', 'EUR', 'MXN', 'ARS', 'BOB', 'BRL', 'CAD', 'CLP', 'COP', 'CRC', 'DOP', 'GTQ', 'HNL', 'NIO', 'PAB', 'PEN', 'PYG', 'UYU'];

export const ORDERING_OPTIONS: { value: string; label: string }[] = [
  { value: '', label: 'Best match' },
  { value: '-created_at', label: 'Newest first' },
  { value: 'price', label: 'Price: low to high' },
  { value: '-price', label: 'Price: high to low' },
];

/** `feed` → "Feed"; `feed/forage` → "Feed › Forage and hay"; unknown values as written. */
export function categoryLabel(value: string): string {
  return ALL_CATEGORIES.find((c) => c.value === value)?.label ?? value;
}
