import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES, categoryLabel } from './catalog';

describe('categories', () => {
  it('names top-level categories and sub-category paths as the marketplace files them', () => {
    expect(categoryLabel('feed')).toBe('Feed');
    expect(categoryLabel('feed/forage')).toBe('Feed › Forage and hay');
    expect(categoryLabel('veterinary/veterinary-visits')).toBe('veterinary/veterinary-visits');
    expect(categoryLabel('services/veterinary-visits')).toBe('Services › Veterinary visits');
  });

  it('lists every category of the fixed tree once, each top-level one before its sub-categories', () => {
    const values = ALL_CATEGORIES.map((c) => c.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toHaveLength(6 + 26);
    expect(values.indexOf('seeds')).toBe(values.indexOf('seeds/cereals') - 1);
  });
});
