import type { ReactNode } from 'react';
import type { Query } from '../../api/client';
import type { Page } from '../../api/types';

/** One object as the admin sees it: the API's JSON. */
export type Row = Record<string, unknown>;

export interface Column {
  field: string;
  label: string;
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

export type FilterSpec =
  /** `allLabel` names the empty choice (default "All"): a list that always shows one kind calls it by that kind. */
  | { kind: 'select'; param: string; label: string; options: Choice[]; allLabel?: string }
  | { kind: 'boolean'; param: string; label: string; trueLabel: string; falseLabel: string }
  | { kind: 'text'; param: string; label: string }
  | { kind: 'user' | 'ad'; param: string; label: string };

export type FieldType = 'text' | 'email' | 'textarea' | 'number' | 'decimal' | 'select' | 'boolean' | 'datetime' | 'user' | 'ad' | 'media' | 'media-list' | 'json';

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  readOnly?: boolean;
  required?: boolean;
  options?: Choice[];
  hint?: string;
  /** A message when the value is not acceptable; the service checks again. */
  validate?: (value: unknown, row: Row) => string | null;
}

export interface BulkAction {
  key: string;
  label: string;
  danger?: boolean;
  /** Past tense for the summary: "deactivated". */
  done: string;
  run: (row: Row) => Promise<unknown>;
}

export interface ObjectAction {
  key: string;
  label: string;
  danger?: boolean;
  available: (row: Row) => boolean;
  run: (row: Row) => Promise<unknown>;
}

/**
 * Everything the generic list and detail pages need to administer one kind of object, in the spirit of Django's
 * ModelAdmin: list_display, list_filter, search_fields, ordering, fields/readonly_fields, actions.
 */
export interface AdminResource {
  key: string;
  label: string;
  singular: string;
  description: string;
  list: (query: Query, signal: AbortSignal) => Promise<Page<Row>>;
  get: (id: string) => Promise<Row>;
  update?: (id: string, changes: Row) => Promise<Row>;
  remove?: (id: string) => Promise<unknown>;
  /** What deleting is called for this kind ("Delete", "Withdraw"). */
  removeLabel?: string;
  /** The query parameter of the search box; null when the list has no search. */
  searchParam: string | null;
  searchPlaceholder?: string;
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
