import { profilesApi } from '../../../api/endpoints';
import type { ProfileKind } from '../../../api/types';
import { i18n } from '../../../i18n';
import { enumLabel } from '../../../lib/labels';
import { RefLink, refLabel } from '../refs';
import { type AdminResource, type Row } from '../resource';
import { RegionCell, Thumb, When, YesNo, regionCsv, text } from './cells';

const KINDS: ProfileKind[] = ['specialists', 'businessmen', 'consumers'];

const kindOf = (value: unknown): ProfileKind => KINDS.find((k) => k === value) ?? 'specialists';

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
 * GET /api/profiles/ lists every kind at once (the Kind filter narrows it), those of deactivated accounts too; a
 * profile is read, edited and deleted at /api/profiles/{kind}/{id}/. Each change is in the audit log as `profile`.
 */
export const profilesResource: AdminResource = {
  key: 'profiles',
  list: async (query, signal) => {
    const page = await profilesApi.all(query, signal);
    return { ...page, results: page.results.map((p) => keyed(p.path, p)) };
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
  columns: [
    { field: 'avatar', render: (row) => <Thumb row={row} field="avatar" />, csv: (row) => text(row.avatar) },
    { field: 'display_name', sort: 'display_name' },
    { field: 'user', render: (row) => <RefLink value={row.user} kind="user" />, csv: (row) => refLabel(row.user, 'user') },
    { field: 'kind', render: (row) => enumLabel('profileKind', row.kind), csv: (row) => enumLabel('profileKind', row.kind) },
    { field: 'region', render: (row) => <RegionCell code={row.region} name={row.region_name} />, csv: (row) => regionCsv(row.region, row.region_name) },
    {
      field: 'user_is_active',
      optional: true,
      render: (row) => <YesNo value={row.user_is_active} />,
      csv: (row) => (row.user_is_active === false ? i18n.t('common.no') : i18n.t('common.yes')),
    },
    { field: 'id', optional: true },
    { field: 'created_at', sort: 'created_at', render: (row) => <When value={row.created_at} /> },
    { field: 'updated_at', sort: 'updated_at', optional: true, render: (row) => <When value={row.updated_at} /> },
  ],
  filters: [
    {
      kind: 'select',
      param: 'kind',
      allLabel: () => i18n.t('admin.profiles.allKinds'),
      options: () => KINDS.map((value) => ({ value, label: enumLabel('profileKind', value) })),
    },
    { kind: 'region', param: 'region' },
  ],
  fields: [
    { name: 'key', type: 'text', readOnly: true },
    { name: 'user', type: 'user', readOnly: true },
    { name: 'display_name', type: 'text', required: true },
    { name: 'bio', type: 'textarea' },
    { name: 'region', type: 'region' },
    { name: 'avatar', type: 'media', readOnly: true },
    { name: 'created_at', type: 'datetime', readOnly: true },
    { name: 'updated_at', type: 'datetime', readOnly: true },
  ],
  bulkActions: [
    { key: 'delete', danger: true, run: (row: Row) => profilesApi.delete(kindOf(row.kind), text(row.id)) },
  ],
  auditType: 'profile',
  idOf: (row) => text(row.key),
  titleOf: (row) => text(row.display_name) || i18n.t('admin.profiles.profileNumber', { id: text(row.key) }),
};
