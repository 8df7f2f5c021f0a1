import type { ReactNode } from 'react';
import type { Query } from '../../api/client';
import type { Page } from '../../api/types';
import { i18n } from '../../i18n';
import { fieldLabel, type EnumList } from '../../lib/labels';

/** One object as the admin sees it: the API's JSON. */
export type Row = Record<string, unknown>;

/** A column; its heading is `admin.<resource>.labels.<field>` or else `fields.<field>` in the locale files. */
export interface Column {
  field: string;
  /** The `?ordering=` name when the list can be sorted by this column. */
  sort?: string;
  render?: (row: Row) => ReactNode;
  /** The cell's text in CSV exports (default: the field's value). */
  csv?: (row: Row) => string;
  /** Hidden until chosen in "Columns". */
  optional?: boolean;
}

export interface Choice {
  value: string;
  label: string;
}

/** Filters are named like the field they filter (`param`); choices are computed when shown, in the chosen language. */
export type FilterSpec =
  /** `allLabel` names the empty choice (default "All"): a list that always shows one kind calls it by that kind. */
  | { kind: 'select'; param: string; options: () => Choice[]; allLabel?: () => string }
  | { kind: 'boolean'; param: string; trueLabel: () => string; falseLabel: () => string }
  | { kind: 'text'; param: string }
  /** A country, or one of its divisions, from the regions catalog (`CO` or `CO-COR`). */
  | { kind: 'region'; param: string }
  | { kind: 'user' | 'ad'; param: string };

/**
 * `money` is an amount in the row's `currency`, written the person's way; `enum` a value of `enumList`, in words;
 * `region` a division's code ("CO-COR"), picked by country then division and shown by its name; `delivery` an order's
 * delivery (method and address, its region by name).
 */
export type FieldType = 'text' | 'email' | 'textarea' | 'number' | 'money' | 'bytes' | 'enum' | 'select' | 'boolean' | 'datetime' | 'user' | 'ad' | 'media' | 'media-list' | 'json' | 'region' | 'delivery';

/** A field of the detail form; its label comes from the locale files as a column's does. */
export interface FieldSpec {
  name: string;
  /** The label's name when it is not the field's (the media preview shows the file whose `id` it is). */
  label?: string;
  type: FieldType;
  readOnly?: boolean;
  required?: boolean;
  options?: () => Choice[];
  enumList?: EnumList;
  hint?: () => string;
  /** A message when the value is not acceptable; the service checks again. */
  validate?: (value: unknown, row: Row) => string | null;
}

/** An action on the selected rows: `admin.<resource>.bulk.<key>` names it, `….done` sums it up ("{{count}} deactivated"). */
export interface BulkAction {
  key: string;
  danger?: boolean;
  run: (row: Row) => Promise<unknown>;
}

/** An action on one object: `admin.<resource>.actions.<key>` names it. */
export interface ObjectAction {
  key: string;
  danger?: boolean;
  available: (row: Row) => boolean;
  run: (row: Row) => Promise<unknown>;
}

/**
 * Everything the generic list and detail pages need to administer one kind of object, in the spirit of Django's
 * ModelAdmin: list_display, list_filter, search_fields, ordering, fields/readonly_fields, actions.
 */
export interface AdminResource {
  /** Also the locale files' `admin.<key>`: its label, singular, description, column labels and actions. */
  key: 'users' | 'profiles' | 'ads' | 'orders' | 'media';
  list: (query: Query, signal: AbortSignal) => Promise<Page<Row>>;
  get: (id: string) => Promise<Row>;
  update?: (id: string, changes: Row) => Promise<Row>;
  remove?: (id: string) => Promise<unknown>;
  /** Deleting is withdrawing for this kind (ads): the words change, not the action. */
  removeIsWithdraw?: boolean;
  /** The query parameter of the search box (its placeholder is `admin.<key>.searchPlaceholder`); null for none. */
  searchParam: string | null;
  columns: Column[];
  filters: FilterSpec[];
  fields: FieldSpec[];
  bulkActions: BulkAction[];
  objectActions?: ObjectAction[];
  /** `object_type` in the audit log. */
  auditType: string;
  idOf: (row: Row) => string;
  titleOf: (row: Row) => string;
}

/** The API's typed answers seen as plain rows (interfaces have no index signature, so this needs saying). */
export const asRows = <T,>(page: Promise<Page<T>>): Promise<Page<Row>> => page as unknown as Promise<Page<Row>>;
export const asRow = <T,>(row: Promise<T>): Promise<Row> => row as unknown as Promise<Row>;

/** Looks up a key built from a resource's key (typed keys cover the literal ones). */
function lookup(key: string): string | null {
  return i18n.exists(key) ? (i18n.t as (k: string, o?: object) => string)(key) : null;
}

export const resourceText = (resource: AdminResource, name: 'label' | 'singular' | 'description' | 'searchPlaceholder' | 'empty'): string =>
  lookup(`admin.${resource.key}.${name}`) ?? '';

/** A column's, filter's or field's label: this resource's word for it, else the field's usual name. */
export const labelOf = (resource: AdminResource, field: string): string => lookup(`admin.${resource.key}.labels.${field}`) ?? fieldLabel(field);

export const bulkLabel = (resource: AdminResource, action: BulkAction): string => lookup(`admin.${resource.key}.bulk.${action.key}.label`) ?? action.key;

export const bulkConfirm = (resource: AdminResource, action: BulkAction): string => lookup(`admin.${resource.key}.bulk.${action.key}.confirm`) ?? bulkLabel(resource, action);

export const bulkDone = (resource: AdminResource, action: BulkAction, count: number): string =>
  (i18n.t as (k: string, o?: object) => string)(`admin.${resource.key}.bulk.${action.key}.done`, { count });

export const actionLabel = (resource: AdminResource, action: ObjectAction): string => lookup(`admin.${resource.key}.actions.${action.key}`) ?? action.key;
