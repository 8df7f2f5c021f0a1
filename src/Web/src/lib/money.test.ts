import { describe, expect, it } from 'vitest';
import { amountInputText, currencyDigits, currencyOfLocale, exampleAmount, formatCount, formatMoney, multiplyAmount, parseAmount, separators } from './money';

/** Intl writes a no-break space (or a narrow one) between number and currency; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const money = (amount: string, currency: string, locale: string) => plain(formatMoney(amount, currency, locale));

describe('currency digits', () => {
  it('come from Intl: no cents for COP and CLP, two for USD, MXN, ARS, BRL, PEN', () => {
    expect(currencyDigits('COP')).toBe(0);
    expect(currencyDigits('CLP')).toBe(0);
    for (const code of ['USD', 'MXN', 'ARS', 'BRL', 'PEN']) expect(currencyDigits(code)).toBe(2);
  });
});

describe('formatMoney', () => {
  it('writes amounts as Spanish does: dots between thousands, a comma before the decimals', () => {
    expect(money('185000', 'COP', 'es-CO')).toBe('$ 185.000');
    expect(money('185000.50', 'USD', 'es-CO')).toBe('US$ 185.000,50');
    expect(money('185000.50', 'ARS', 'es-AR')).toBe('$ 185.000,50');
    expect(money('185000', 'CLP', 'es-CL')).toBe('$185.000');
    expect(money('185000.5', 'MXN', 'es')).toBe('185.000,50 MXN');
    expect(money('1234', 'PEN', 'es')).toBe('1.234,00 PEN'); // grouped from 4 digits too, so 1.234 never reads as 1,234
  });

  it('writes amounts as English does: commas between thousands, a point before the decimals', () => {
    expect(money('185000.5', 'USD', 'en')).toBe('$185,000.50');
    expect(money('185000', 'COP', 'en')).toBe('COP 185,000');
    expect(money('99.9', 'BRL', 'en')).toBe('R$99.90');
    expect(money('1234.5', 'MXN', 'en-US')).toBe('MX$1,234.50');
  });

  it('keeps a currency without cents without cents, and rounds exactly from the decimal string', () => {
    expect(money('185000.00', 'COP', 'es-CO')).toBe('$ 185.000');
    expect(money('0.125', 'USD', 'en')).toBe('$0.13');
    // A float would make 1.005 into 1.00499999… and round it down; the string is exact.
    expect(money('1.005', 'USD', 'en')).toBe('$1.01');
    // Beyond what a double holds exactly, digit for digit.
    expect(money('90071992547409931.25', 'USD', 'en')).toBe('$90,071,992,547,409,931.25');
  });

  it('writes what is not an amount as it came, with the currency code', () => {
    expect(formatMoney('abc', 'USD', 'en')).toBe('abc USD');
  });
});

describe('parseAmount', () => {
  it('reads Spanish amounts: "185.000" is a hundred and eighty-five thousand, "185.000,50" has cents', () => {
    expect(parseAmount('185.000', 'es', 2)).toEqual({ ok: true, value: '185000' });
    expect(parseAmount('185.000,50', 'es', 2)).toEqual({ ok: true, value: '185000.50' });
    expect(parseAmount('185000,5', 'es', 2, true)).toEqual({ ok: true, value: '185000.50' });
    expect(parseAmount(' 1.234.567 ', 'es-CO', 0)).toEqual({ ok: true, value: '1234567' });
    expect(parseAmount(',5', 'es', 2)).toEqual({ ok: true, value: '0.5' });
  });

  it('reads English amounts: "185,000.50"', () => {
    expect(parseAmount('185,000.50', 'en', 2)).toEqual({ ok: true, value: '185000.50' });
    expect(parseAmount('185000', 'en', 2, true)).toEqual({ ok: true, value: '185000.00' });
    expect(parseAmount('0018.7', 'en', 2, true)).toEqual({ ok: true, value: '18.70' });
  });

  it('never mistakes "1.234" for "1,234": each locale reads its own way, and a third decimal is refused', () => {
    expect(parseAmount('1.234', 'es', 2)).toEqual({ ok: true, value: '1234' });
    expect(parseAmount('1,234', 'en', 2)).toEqual({ ok: true, value: '1234' });
    expect(parseAmount('1,234', 'es', 2)).toEqual({ ok: false, problem: 'decimals' });
    expect(parseAmount('1.234', 'en', 2)).toEqual({ ok: false, problem: 'decimals' });
    expect(parseAmount('1,23', 'es', 2)).toEqual({ ok: true, value: '1.23' });
    expect(parseAmount('1.23', 'en', 2)).toEqual({ ok: true, value: '1.23' });
  });

  it('refuses separators in the wrong places rather than guess', () => {
    expect(parseAmount('1234.50', 'es', 2)).toEqual({ ok: false, problem: 'grouping' }); // a point in Spanish groups thousands
    expect(parseAmount('12.34.567', 'es', 2)).toEqual({ ok: false, problem: 'grouping' });
    expect(parseAmount('1.234,5.6', 'es', 2)).toEqual({ ok: false, problem: 'grouping' });
    expect(parseAmount('1,234.50', 'es', 2)).toEqual({ ok: false, problem: 'grouping' });
    expect(parseAmount('1,2,3', 'es', 2)).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('12,', 'es', 2)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses cents in a currency that has none', () => {
    expect(parseAmount('185.000,50', 'es-CO', currencyDigits('COP'))).toEqual({ ok: false, problem: 'decimals' });
    expect(parseAmount('185.000', 'es-CO', currencyDigits('COP'))).toEqual({ ok: true, value: '185000' });
  });

  it('says what is wrong with what is not an amount', () => {
    expect(parseAmount('', 'es', 2)).toEqual({ ok: false, problem: 'empty' });
    expect(parseAmount('   ', 'es', 2)).toEqual({ ok: false, problem: 'empty' });
    expect(parseAmount('-5', 'en', 2)).toEqual({ ok: false, problem: 'negative' });
    expect(parseAmount('$ 5', 'en', 2)).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('5e3', 'en', 2)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('reads locales that group with a space', () => {
    const { group } = separators('fr');
    expect(parseAmount(`185${group}000,5`, 'fr', 2)).toEqual({ ok: true, value: '185000.5' });
    expect(parseAmount('185 000,5', 'fr', 2)).toEqual({ ok: true, value: '185000.5' });
  });
});

describe('amounts in inputs', () => {
  it('shows a stored amount the way the person writes it, and reads back the same amount', () => {
    expect(amountInputText('185000.50', 'es', 2)).toBe('185.000,50');
    expect(amountInputText('185000', 'es', 0)).toBe('185.000');
    expect(amountInputText('18.5', 'en', 2)).toBe('18.50');
    expect(amountInputText('185000.00', 'en', 2)).toBe('185,000');
    for (const [amount, locale] of [['185000.50', 'es'], ['0.05', 'en'], ['1234567.89', 'es-CO']] as const) {
      expect(parseAmount(amountInputText(amount, locale, 2), locale, 2, true)).toEqual({ ok: true, value: amount });
    }
  });

  it('gives an example in the currency’s decimals', () => {
    expect(exampleAmount('es', 2)).toBe('1.250,50');
    expect(exampleAmount('es', 0)).toBe('185.000');
    expect(exampleAmount('en', 2)).toBe('1,250.50');
  });
});

describe('multiplyAmount', () => {
  it('multiplies exactly, as integers', () => {
    expect(multiplyAmount('18.75', 3)).toBe('56.25');
    expect(multiplyAmount('0.10', 3)).toBe('0.30'); // 0.1 × 3 is 0.30000000000000004 in floating point
    expect(multiplyAmount('185000', 3)).toBe('555000');
    expect(multiplyAmount('0.05', 1)).toBe('0.05');
    expect(multiplyAmount('abc', 2)).toBe('NaN');
  });
});

describe('counts and currencies of countries', () => {
  it('groups counts as the locale does', () => {
    expect(formatCount(1234, 'es')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
  });

  it('knows the currency of a Latin American country', () => {
    expect(currencyOfLocale('es-CO')).toBe('COP');
    expect(currencyOfLocale('es-MX')).toBe('MXN');
    expect(currencyOfLocale('es')).toBeNull();
    expect(currencyOfLocale('en-US')).toBe('USD');
  });
});
