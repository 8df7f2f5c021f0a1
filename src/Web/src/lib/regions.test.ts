import { describe, expect, it, vi } from 'vitest';
import {
  catalogCache, countryOfCode, countryOptions, currencyOfRegion, distinctCodes, divisionOptions, findDivision, regionLabel, regionText, splitRegion,
  startingRegion, writtenBeforeCatalog,
  type RegionCatalog,
} from './regions';

/** A slice of GET /api/regions/ as it answers in Spanish. */
const CATALOG: RegionCatalog = [
  {
    code: 'CO', name: 'Colombia', division_type: 'departamento', currency: 'COP', currency_decimals: 2,
    divisions: [{ code: 'CO-MET', name: 'Meta' }, { code: 'CO-COR', name: 'Córdoba' }, { code: 'CO-ANT', name: 'Antioquia' }],
  },
  {
    code: 'BO', name: 'Bolivia', division_type: 'departamento', currency: 'BOB', currency_decimals: 2,
    divisions: [{ code: 'BO-C', name: 'Cochabamba' }, { code: 'BO-O', name: 'Oruro' }],
  },
  {
    code: 'EC', name: 'Ecuador', division_type: 'provincia', currency: 'USD', currency_decimals: 2,
    divisions: [{ code: 'EC-P', name: 'Pichincha' }],
  },
  {
    code: 'AR', name: 'Argentina', division_type: 'provincia', currency: 'ARS', currency_decimals: 2,
    divisions: [{ code: 'AR-X', name: 'Córdoba' }],
  },
];

describe('region codes', () => {
  it('name their country before the dash, in any case', () => {
    expect(countryOfCode('co-cor')).toBe('CO');
    expect(countryOfCode(' BO-C ')).toBe('BO');
    expect(countryOfCode('CO')).toBe('CO');
    expect(countryOfCode('')).toBe('');
  });

  it('come back from a picker as they went in, for every division of the catalog', () => {
    for (const country of CATALOG) {
      for (const division of country.divisions) {
        const shown = splitRegion(division.code.toLowerCase());
        expect(shown).toEqual({ country: country.code, division: division.code });
        expect(divisionOptions(CATALOG, shown.country, 'es').map((o) => o.value)).toContain(shown.division);
        expect(findDivision(CATALOG, shown.division)?.division.name).toBe(division.name);
      }
    }
  });

  it('may be a country alone, which a filter keeps as the country', () => {
    expect(splitRegion('co')).toEqual({ country: 'CO', division: '' });
    expect(splitRegion('')).toEqual({ country: '', division: '' });
    expect(findDivision(CATALOG, 'CO')).toBeUndefined();
  });

  it('are not read into free text written before the catalog', () => {
    expect(splitRegion('Meta')).toEqual({ country: '', division: '' });
    expect(splitRegion('Santa Cruz de la Sierra')).toEqual({ country: '', division: '' });
  });

  it('are kept once each, upper case, without empty ones', () => {
    expect(distinctCodes(['bo-c', 'BO-C', ' ', 'CO-MET'])).toEqual(['BO-C', 'CO-MET']);
  });
});

describe('options', () => {
  it('list the countries by their name in the reader’s language', () => {
    expect(countryOptions(CATALOG, 'es').map((o) => o.label)).toEqual(['Argentina', 'Bolivia', 'Colombia', 'Ecuador']);
  });

  it('list only the divisions of the chosen country, by name, accents sorted as letters', () => {
    expect(divisionOptions(CATALOG, 'CO', 'es')).toEqual([
      { value: 'CO-ANT', label: 'Antioquia' },
      { value: 'CO-COR', label: 'Córdoba' },
      { value: 'CO-MET', label: 'Meta' },
    ]);
    expect(divisionOptions(CATALOG, 'co-met', 'es').map((o) => o.value)).toEqual(['CO-ANT', 'CO-COR', 'CO-MET']);
  });

  it('are none for a country the catalog does not have', () => {
    expect(divisionOptions(CATALOG, 'PR', 'es')).toEqual([]);
    expect(divisionOptions(CATALOG, '', 'es')).toEqual([]);
  });
});

describe('the currency of a region', () => {
  it('is its country’s', () => {
    expect(currencyOfRegion(CATALOG, 'BO-C')).toBe('BOB');
    expect(currencyOfRegion(CATALOG, 'co-met')).toBe('COP');
    expect(currencyOfRegion(CATALOG, 'EC-P')).toBe('USD');
    expect(currencyOfRegion(CATALOG, 'CO')).toBe('COP');
  });

  it('is unknown outside the catalog', () => {
    expect(currencyOfRegion(CATALOG, 'PR-SJ')).toBeNull();
    expect(currencyOfRegion(CATALOG, '')).toBeNull();
  });
});

describe('a region in words', () => {
  it('names the division with its country, which tells the two Córdobas apart', () => {
    expect(regionLabel(CATALOG, 'CO-COR')).toBe('Córdoba, Colombia');
    expect(regionLabel(CATALOG, 'ar-x')).toBe('Córdoba, Argentina');
  });

  it('names a country alone, and leaves a code the catalog does not know as written', () => {
    expect(regionLabel(CATALOG, 'BO')).toBe('Bolivia');
    expect(regionLabel(CATALOG, 'CO-XXX')).toBe('CO-XXX');
  });
});

describe('a stored region where no code may show', () => {
  it('reads as the division and its country, in any case, whatever name came with it', () => {
    expect(regionText(CATALOG, 'co-cor', 'Córdoba')).toBe('Córdoba, Colombia');
    expect(regionText(CATALOG, 'AR-X')).toBe('Córdoba, Argentina');
    expect(regionText(CATALOG, 'BO')).toBe('Bolivia');
  });

  it('falls back to the name the API sent until the catalog is loaded, or when it does not know the code', () => {
    expect(regionText(undefined, 'CO-COR', 'Córdoba')).toBe('Córdoba');
    expect(regionText(CATALOG, 'PE-LMA', 'Lima Metropolitana')).toBe('Lima Metropolitana');
  });

  it('shows a region written before the catalog as it was written, and nothing for none', () => {
    expect(regionText(CATALOG, 'Llanos orientales', 'Llanos orientales')).toBe('Llanos orientales');
    expect(regionText(CATALOG, 'Llanos orientales')).toBe('Llanos orientales');
    expect(regionText(CATALOG, '')).toBe('');
    expect(regionText(CATALOG, null, 'Meta')).toBe('');
  });
});

describe('a region written before the catalog', () => {
  it('is told apart from codes, which the pickers show', () => {
    expect(writtenBeforeCatalog(' Llanos orientales ')).toBe('Llanos orientales');
    expect(writtenBeforeCatalog('Meta')).toBe('Meta');
    expect(writtenBeforeCatalog('co-met')).toBeNull();
    expect(writtenBeforeCatalog('CO')).toBeNull();
    expect(writtenBeforeCatalog('  ')).toBeNull();
  });
});

describe('where a new ad starts', () => {
  it('is the division of the seller\'s profile, priced in its country\'s currency', () => {
    expect(startingRegion(CATALOG, 'co-met')).toEqual({ region: 'CO-MET', currency: 'COP', country: 'Colombia' });
    expect(startingRegion(CATALOG, 'EC-P')).toEqual({ region: 'EC-P', currency: 'USD', country: 'Ecuador' });
  });

  it('is nowhere for a seller without a region, or with one written before the catalog', () => {
    expect(startingRegion(CATALOG, null)).toBeNull();
    expect(startingRegion(CATALOG, '')).toBeNull();
    expect(startingRegion(CATALOG, 'Meta')).toBeNull();
    expect(startingRegion(CATALOG, 'CO')).toBeNull();
  });
});

describe('the catalog', () => {
  it('can be read at once once loaded, and not before', async () => {
    const cached = catalogCache(async () => CATALOG);
    expect(cached.peek('es')).toBeUndefined();
    await cached('es');
    expect(cached.peek('es')).toBe(CATALOG);
    expect(cached.peek('en')).toBeUndefined();
  });

  it('is asked for once per language for the whole session', async () => {
    const load = vi.fn(async (language: string) => (language === 'es' ? CATALOG : []));
    const cached = catalogCache(load);
    await Promise.all([cached('es'), cached('es')]);
    expect(await cached('es')).toBe(CATALOG);
    await cached('en');
    expect(load.mock.calls.map(([language]) => language)).toEqual(['es', 'en']);
  });

  it('is asked for again after a failure', async () => {
    const load = vi.fn<(language: string) => Promise<RegionCatalog>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(CATALOG);
    const cached = catalogCache(load);
    await expect(cached('es')).rejects.toThrow('offline');
    expect(await cached('es')).toBe(CATALOG);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
