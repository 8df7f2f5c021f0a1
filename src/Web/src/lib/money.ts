/**
 * Money and other decimals as people write them: "185.000" and "185.000,50" in Spanish, "185,000.50" in English.
 * Amounts travel as decimal strings ("185000.50"): they are formatted from the string (Intl formats a numeric string
 * exactly, without going through a float) and multiplied as integers, so a price is never rounded wrongly.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** How many decimals a currency is written with, as Intl knows it (COP and CLP 0, USD 2). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, Separators>();

/** The locale's grouping and decimal separators ("." and "," in es-CO). */
export function separators(locale: string): Separators {
  let found = separatorCache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: 'always' }).formatToParts(1234567.5);
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(locale, found);
  }
  return found;
}

function numeric(amount: string | number): Intl.StringNumericLiteral | number | null {
  if (typeof amount === 'number') return Number.isFinite(amount) ? amount : null;
  const text = amount.trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? (text as Intl.StringNumericLiteral) : null;
}

/** "185000.5" in COP → "$ 185.001" in es-CO; USD in en → "$185,000.50". Unknown currencies are written with their code. */
export function formatMoney(amount: string | number, currency: string, locale: string): string {
  const value = numeric(amount);
  if (value === null) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, useGrouping: 'always' }).format(value);
  } catch {
    return `${formatDecimal(value, locale, 2)} ${currency}`;
  }
}

/** A plain number with the locale's separators, as many decimals as it has up to `maxDecimals`. */
export function formatDecimal(amount: string | number, locale: string, maxDecimals = 2, minDecimals = 0): string {
  const value = typeof amount === 'string' ? numeric(amount) : amount;
  if (value === null) return String(amount);
  return new Intl.NumberFormat(locale, {
    useGrouping: 'always',
    minimumFractionDigits: Math.min(minDecimals, maxDecimals),
    maximumFractionDigits: maxDecimals,
  }).format(value);
}

/** A count (stock, results) with the locale's grouping: 1.234 in Spanish. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 0 }).format(value);
}

/** A stored amount as the text of an input, in the person's way of writing: "185000.5" → "185.000,50" (es, 2 digits). */
export function amountInputText(amount: string, locale: string, digits: number): string {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return amount;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  // Keep every decimal that is there, and show cents in full once there are any ("18,5" → "18,50").
  const shown = fraction.length === 0 ? 0 : Math.max(fraction.length, digits);
  return formatDecimal(amount.trim(), locale, shown, shown);
}

export type AmountProblem = 'empty' | 'invalid' | 'negative' | 'grouping' | 'decimals';

export type ParsedAmount = { ok: true; value: string } | { ok: false; problem: AmountProblem };

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads an amount written the locale's way and answers it as a decimal string for the API ("185.000,50" in es →
 * "185000.50"). Strict, so that "1.234" and "1,234" are never mistaken for each other: groups must be of three
 * digits, the decimal separator comes once and last, and at most `maxDecimals` decimals (0 for COP).
 * `padDecimals` writes the decimals in full ("18,5" → "18.50"), as a price in a currency with cents is stored.
 */
export function parseAmount(input: string, locale: string, maxDecimals: number, padDecimals = false): ParsedAmount {
  const { group, decimal } = separators(locale);
  const groupIsSpace = group.replace(SPACES, '') === '';
  let text = input.trim();
  if (groupIsSpace) text = text.replace(SPACES, group);
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.startsWith('-')) return { ok: false, problem: 'negative' };

  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const allowed = new RegExp(`^[0-9${escape(group)}${escape(decimal)}]+$`);
  if (!allowed.test(text)) return { ok: false, problem: 'invalid' };

  const pieces = text.split(decimal);
  if (pieces.length > 2) return { ok: false, problem: 'invalid' };
  const [whole = '', fraction = ''] = pieces;
  if (pieces.length === 2 && fraction === '') return { ok: false, problem: 'invalid' };
  if (fraction.includes(group)) return { ok: false, problem: 'grouping' };
  if (whole === '' && fraction === '') return { ok: false, problem: 'invalid' };
  if (whole.includes(group)) {
    const groups = whole.split(group);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return { ok: false, problem: 'grouping' };
  }
  if (fraction.length > maxDecimals) return { ok: false, problem: 'decimals' };

  const digits = whole.split(group).join('').replace(/^0+(?=\d)/, '') || '0';
  const shownFraction = padDecimals && fraction.length > 0 ? fraction.padEnd(maxDecimals, '0') : padDecimals ? '0'.repeat(maxDecimals) : fraction;
  return { ok: true, value: shownFraction ? `${digits}.${shownFraction}` : digits };
}

/** price × quantity, exactly: "18.75" × 3 → "56.25"; "185000" × 2 → "370000". */
export function multiplyAmount(amount: string, quantity: number): string {
  const match = DECIMAL.exec(amount.trim());
  if (!match || !Number.isInteger(quantity) || quantity < 0) return 'NaN';
  const fraction = match[2] ?? '';
  const units = BigInt(`${match[1]}${fraction}`) * BigInt(quantity);
  if (fraction.length === 0) return units.toString();
  const text = units.toString().padStart(fraction.length + 1, '0');
  return `${text.slice(0, -fraction.length)}.${text.slice(-fraction.length)}`;
}

/** An amount shown as an example of how to write one in this currency: "1.250,50" (es, USD), "185.000" (es, COP). */
export function exampleAmount(locale: string, digits: number): string {
  return digits === 0 ? formatDecimal('185000', locale, 0) : formatDecimal('1250.5', locale, digits, digits);
}

const CURRENCY_OF_COUNTRY: Record<string, string> = {
  AR: 'ARS', BO: 'BOB', BR: 'BRL', CA: 'CAD', CL: 'CLP', CO: 'COP', CR: 'CRC', DO: 'DOP', EC: 'USD', ES: 'EUR', GT: 'GTQ',
  HN: 'HNL', MX: 'MXN', NI: 'NIO', PA: 'PAB', PE: 'PEN', PY: 'PYG', SV: 'USD', US: 'USD', UY: 'UYU',
};

/** The currency of the country a locale names (es-CO → COP), or null when it names none we know. */
export function currencyOfLocale(locale: string): string | null {
  try {
    const region = new Intl.Locale(locale).region;
    return region ? CURRENCY_OF_COUNTRY[region] ?? null : null;
  } catch {
    return null;
  }
}
