import { i18n } from '../i18n';

/** Looks up a key built at run time (typed keys cover the literal ones). */
function lookup(key: string): string | null {
  return i18n.exists(key) ? (i18n.t as (k: string) => string)(key) : null;
}

/** A value the app has no words for (a status added to the API later): readable, never an empty cell. */
function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : '—';
}

export type EnumList = 'roles' | 'roleDetails' | 'orderStatus' | 'orderRole' | 'deliveryMethod' | 'paymentMethod' | 'adStatus' | 'mediaPurpose' | 'auditAction' | 'auditObject' | 'profileKind';

/** Words for a value of one of the API's fixed lists (roles, statuses, purposes...): `enums.<list>.<value>`. */
export function enumLabel(list: EnumList, value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (!text) return '—';
  return lookup(`enums.${list}.${text}`) ?? humanize(text);
}

export const roleLabel = (role: unknown) => enumLabel('roles', role);

/** The name of an API field as people know it ("Activo", "Precio"), for audit entries and errors of unknown fields. */
export function fieldLabel(field: string): string {
  return lookup(`fields.${field}`) ?? humanize(field);
}

/** Whether the app has words for this API field. */
export function hasFieldLabel(field: string): boolean {
  return i18n.exists(`fields.${field}`);
}
