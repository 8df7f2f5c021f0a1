import { profilesApi } from '../../../api/endpoints';
import type { ProfileKind } from '../../../api/types';
import { RefLink, refLabel } from '../refs';
import { type AdminResource, type Row } from '../resource';
import { Thumb, When, text } from './cells';

const KINDS: { value: ProfileKind; label: string }[] = [
  { value: 'specialists', label: 'Specialists' },
  { value: 'businessmen', label: 'Businessmen' },
  { value: 'consumers', label: 'Consumers' },
];

const kindOf = (value: unknown): ProfileKind => KINDS.find((k) => k.value === value)?.value ?? 'specialists';

/** Profiles live under one path per kind; here a profile's key is `kind:id`, as in the audit log's object ids. */
const keyed = (kind: ProfileKind, profile: unknown): Row => {
  const row = profile as Row;
  return { ...row, kind: kind, key: `${kind}:${text(row.id)}` };
};

const split = (key: string): [ProfileKind, string] => {
  const [kind, id] = key.split(':');
  return [kindOf(kind), id ?? ''];
};

/**
 * /api/profiles/{kind}/ — one kind at a time (the Kind filter; specialists first). Administrators also see the
 * profiles of deactivated users, edit and delete any profile; each change is in the audit log as `profile`.
 */
export const profilesResource: AdminResource = {
  key: 'profiles',
  label: 'Profiles',
  singular: 'profile',
  description: 'Specialists, businessmen and consumers: edit, delete.',
  list: async (query, signal) => {
    const { kind, ...rest } = query;
    const chosen = kindOf(kind);
    const page = await profilesApi.list(chosen, rest, signal);
    return { ...page, results: page.results.map((p) => keyed(chosen, p)) };
  },
  get: async (key) => {
    const [kind, id] = split(key);
    return keyed(kind, await profilesApi.get(kind, id));
  },
  update: async (key, changes) => {
    const [kind, id] = split(key);
    return keyed(kind, await profilesApi.update(kind, id, changes));
  },
  remove: (key) => {
    const [kind, id] = split(key);
    return profilesApi.delete(kind, id);
  },
  searchParam: 'q',
  searchPlaceholder: 'Name, bio or company',
  columns: [
    { field: 'avatar', label: 'Avatar', render: (row) => <Thumb row={row} field="avatar" />, csv: (row) => text(row.avatar) },
    { field: 'display_name', label: 'Name', sort: 'display_name' },
    { field: 'user', label: 'User', render: (row) => <RefLink value={row.user} kind="user" />, csv: (row) => refLabel(row.user, 'user') },
    { field: 'kind', label: 'Kind', render: (row) => KINDS.find((k) => k.value === row.kind)?.label ?? text(row.kind) },
    { field: 'region', label: 'Region' },
    { field: 'id', label: 'ID', optional: true },
    { field: 'created_at', label: 'Created', sort: 'created_at', render: (row) => <When value={row.created_at} /> },
    { field: 'updated_at', label: 'Updated', sort: 'updated_at', optional: true, render: (row) => <When value={row.updated_at} /> },
  ],
  filters: [
    { kind: 'select', param: 'kind', label: 'Kind', allLabel: 'Specialists', options: KINDS.slice(1) },
    { kind: 'text', param: 'region', label: 'Region' },
  ],
  fields: [
    { name: 'key', label: 'Key', type: 'text', readOnly: true },
    { name: 'user', label: 'User', type: 'user', readOnly: true },
    { name: 'display_name', label: 'Name', type: 'text', required: true },
    { name: 'bio', label: 'Bio', type: 'textarea' },
    { name: 'region', label: 'Region', type: 'text' },
    { name: 'avatar', label: 'Avatar', type: 'media', readOnly: true },
    { name: 'created_at', label: 'Created', type: 'datetime', readOnly: true },
    { name: 'updated_at', label: 'Updated', type: 'datetime', readOnly: true },
  ],
  bulkActions: [
    {
      key: 'delete',
      label: 'Delete selected profiles',
      done: 'deleted',
      danger: true,
      run: (row: Row) => profilesApi.delete(kindOf(row.kind), text(row.id)),
    },
  ],
  auditType: 'profile',
  idOf: (row) => text(row.key),
  titleOf: (row) => text(row.display_name) || `Profile ${text(row.key)}`,
};
