import type { ProfileKind, Role } from '../../api/types';

export interface KindField {
  name: string;
  label: string;
  type: 'text' | 'number' | 'list';
  hint?: string;
  /** Every profile of the kind needs it (the service says so too). */
  required?: boolean;
  maxLength?: number;
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
      { name: 'specialty', label: 'Specialty', type: 'text', required: true, maxLength: 100, hint: 'e.g. large-animal veterinarian, soil agronomist' },
      { name: 'license_number', label: 'License number', type: 'text', maxLength: 50 },
      { name: 'regions_served', label: 'Regions served', type: 'list', hint: 'Separate regions with commas (up to 20).' },
    ],
  },
  {
    kind: 'businessmen',
    label: 'Businesses',
    singular: 'business',
    role: 'businessman',
    fields: [
      { name: 'company', label: 'Company', type: 'text', required: true, maxLength: 150 },
      { name: 'tax_id', label: 'Tax id', type: 'text', maxLength: 50 },
    ],
  },
  {
    kind: 'consumers',
    label: 'Farmers',
    singular: 'farmer',
    role: 'consumer',
    fields: [
      { name: 'farm_type', label: 'Farm type', type: 'text', maxLength: 100, hint: 'e.g. dairy, poultry, maize' },
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
