import type { ProfileKind, Role } from '../../api/types';

/** A field of one kind of profile; its label is `fields.<name>` and its hint `profiles.hints.<name>` in the locale files. */
export interface KindField {
  name: 'specialty' | 'license_number' | 'regions_served' | 'company' | 'tax_id' | 'farm_type' | 'herd_size';
  type: 'text' | 'number' | 'list';
  hint?: boolean;
  /** Every profile of the kind needs it (the service says so too). */
  required?: boolean;
  maxLength?: number;
  /** Largest number accepted (numbers). */
  max?: number;
}

/** One kind of profile; its names are `enums.profileKind.<kind>` (plural) and `profiles.singular.<kind>`. */
export interface KindInfo {
  kind: ProfileKind;
  role: Role;
  fields: KindField[];
}

export const KINDS: KindInfo[] = [
  {
    kind: 'specialists',
    role: 'specialist',
    fields: [
      { name: 'specialty', type: 'text', required: true, maxLength: 100, hint: true },
      { name: 'license_number', type: 'text', maxLength: 50 },
      { name: 'regions_served', type: 'list', hint: true },
    ],
  },
  {
    kind: 'businessmen',
    role: 'businessman',
    fields: [
      { name: 'company', type: 'text', required: true, maxLength: 150 },
      { name: 'tax_id', type: 'text', maxLength: 50 },
    ],
  },
  {
    kind: 'consumers',
    role: 'consumer',
    fields: [
      { name: 'farm_type', type: 'text', maxLength: 100, hint: true },
      { name: 'herd_size', type: 'number', max: 10_000_000 },
    ],
  },
];

export function kindInfo(kind: string | undefined): KindInfo | undefined {
  return KINDS.find((k) => k.kind === kind);
}

export function kindForRole(role: Role | undefined): KindInfo | undefined {
  return KINDS.find((k) => k.role === role);
}
