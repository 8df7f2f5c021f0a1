import { describe, expect, it } from 'vitest';
import { cellText } from './csv';
import type { AdminResource } from './resource';
import { adsResource } from './resources/ads';
import { ordersResource } from './resources/orders';
import { profilesResource } from './resources/profiles';

const WITH_REGIONS: AdminResource[] = [adsResource, profilesResource];

const regionColumn = (resource: AdminResource) => resource.columns.find((c) => c.field === 'region')!;

describe('the admin area', () => {
  it('picks regions from the catalog, in the filters and in the change forms, never as typed codes', () => {
    for (const resource of WITH_REGIONS) {
      expect(resource.filters.find((f) => f.param === 'region')?.kind, `${resource.key} filter`).toBe('region');
      expect(resource.fields.find((f) => f.name === 'region')?.type, `${resource.key} field`).toBe('region');
    }
  });

  it('shows a region in lists by its name, never its bare code', () => {
    for (const resource of WITH_REGIONS) {
      expect(regionColumn(resource).render, `${resource.key} column`).toBeDefined();
    }
  });

  it('exports a region by its name, and a region written before the catalog as it was written', () => {
    for (const resource of WITH_REGIONS) {
      const column = regionColumn(resource);
      expect(cellText(column, { region: 'CO-COR', region_name: 'Córdoba' })).toBe('Córdoba');
      expect(cellText(column, { region: 'Llanos orientales', region_name: 'Llanos orientales' })).toBe('Llanos orientales');
      expect(cellText(column, { region: null })).toBe('');
    }
  });

  it('shows the delivery of an order, its address naming the region, without letting it be edited', () => {
    expect(ordersResource.fields.find((f) => f.name === 'delivery')).toMatchObject({ type: 'delivery', readOnly: true });
  });
});
