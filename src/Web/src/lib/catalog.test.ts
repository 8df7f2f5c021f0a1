import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { allCategories, categoryLabel, CATEGORY_VALUES, currencyLabel } from './catalog';

describe('categories', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('names top-level categories and sub-category paths as the marketplace files them', () => {
    expect(categoryLabel('feed')).toBe('Feed');
    expect(categoryLabel('feed/forage')).toBe('Feed › Forage and hay');
    expect(categoryLabel('veterinary/veterinary-visits')).toBe('veterinary/veterinary-visits');
    expect(categoryLabel('services/veterinary-visits')).toBe('Services › Veterinary visits');
  });

  it('names them in the chosen language', async () => {
    await i18n.changeLanguage('es');
    try {
      expect(categoryLabel('feed/forage')).toBe('Alimento animal › Forraje y heno');
      expect(allCategories()[0]).toEqual({ value: 'livestock', label: 'Ganado' });
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('lists every category of the fixed tree once, each top-level one before its sub-categories', () => {
    const values = allCategories().map((c) => c.value);
    expect(values).toEqual(CATEGORY_VALUES);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toHaveLength(6 + 26);
    expect(values.indexOf('seeds')).toBe(values.indexOf('seeds/cereals') - 1);
  });

  it('names currencies by their code and their name in the language', () => {
    expect(currencyLabel('COP', 'es')).toBe('COP · peso colombiano');
    expect(currencyLabel('USD', 'en')).toBe('USD · US Dollar');
  });
});
