import type { ProfileKind, Role } from '../../api/types';

export interface KindField {
  name: string;
  label: string;
  type: 'text' | 'number' | 'list';
  hint?: string;
}

export interface KindInfo {
  kind: ProfileKind;
  label: string;
  singular: string;
  role: Role;
  fields: KindField[];
}

export const KINDS: KindInfo[] = [
  {
    kind: 'specialists',
    label: 'Specialists',
    singular: 'specialist',
    role: 'specialist',
    fields: [
      { name: 'specialty', label: 'Specialty', type: 'text', hint: 'e.g. large-animal veterinarian, soil agronomist' },
      { name: 'license_number', label: 'License number', type: 'text' },
      { name: 'regions_served', label: 'Regions served', type: 'list', hint: 'Separate regions with commas.' },
    ],
  },
  {
    kind: 'businessmen',
    label: 'Businesses',
    singular: 'business',
    role: 'businessman',
    fields: [
      { name: 'company', label: 'Company', type: 'text' },
      { name: 'tax_id', label: 'Tax id', type: 'text' },
    ],
  },
  {
    kind: 'consumers',
    label: 'Farmers',
    singular: 'farmer',
    role: 'consumer',
    fields: [
      { name: 'farm_type', label: 'Farm type', type: 'text', hint: 'e.g. dairy, poultry, maize' },
      { name: 'herd_size', label: 'Herd or crop size', type: 'number' },
    ],
  },
];

export function kindInfo(kind: string | undefined): KindInfo | undefined {
  return KINDS.find((k) => k.kind === kind);
}

export function kindForRole(role: Role | undefined): KindInfo | undefined {
  return KINDS.find((k) => k.role === role);
}
