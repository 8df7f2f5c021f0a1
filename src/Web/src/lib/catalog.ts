/**
 * Fixed lists the forms offer. The marketplace's category tree is owned by the marketplace service; these are its
 * top-level categories as documented in issue 5 (the service validates).
 */
export const CATEGORIES: { value: string; label: string }[] = [
  { value: 'livestock', label: 'Livestock' },
  { value: 'feed', label: 'Feed' },
  { value: 'veterinary', label: 'Veterinary' },
  { value: 'seeds', label: 'Seeds' },
  { value: 'machinery', label: 'Machinery' },
  { value: 'services', label: 'Services' },
];

export const CURRENCIES = ['USD', 'EUR', 'MXN', 'ARS', 'BOB', 'BRL', 'CLP', 'COP', 'GTQ', 'PEN', 'PYG', 'UYU'];

export const ORDERING_OPTIONS: { value: string; label: string }[] = [
  { value: '', label: 'Best match' },
  { value: '-created_at', label: 'Newest first' },
  { value: 'price', label: 'Price: low to high' },
  { value: '-price', label: 'Price: high to low' },
];

export function categoryLabel(value: string): string {
  return CATEGORIES.find((c) => c.value === value)?.label ?? value;
}
