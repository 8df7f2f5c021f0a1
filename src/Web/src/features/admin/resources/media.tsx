import { authApi, mediaApi } from '../../../api/endpoints';
import type { Page } from '../../../api/types';
import { i18n } from '../../../i18n';
import { formatBytes, formatNumber } from '../../../lib/format';
import { enumLabel } from '../../../lib/labels';
import { RefLink, refLabel } from '../refs';
import { asRow, asRows, type AdminResource, type Row } from '../resource';
import { Status, Thumb, When, text } from './cells';

const purposes = () => ['avatar', 'ad_photo', 'post_image', 'video', 'document', 'attachment'].map((value) => ({ value, label: enumLabel('mediaPurpose', value) }));

/**
 * The media service knows owners by id only: each page's owners are looked up once (GET /api/auth/users/{id}/) so the
 * list shows their names; an owner that cannot be read stays a number.
 */
async function withOwnerNames(page: Page<Row>, signal: AbortSignal): Promise<Page<Row>> {
  const ids = [...new Set(page.results.map((row) => row.owner).filter((owner) => typeof owner === 'number' || typeof owner === 'string'))];
  const users = await Promise.all(ids.map((id) => authApi.user(String(id)).catch(() => null)));
  if (signal.aborted) return page;
  const names = new Map(users.filter((u) => u !== null).map((u) => [String(u.id), u.username]));
  return {
    ...page,
    results: page.results.map((row) => {
      const name = names.get(String(row.owner));
      return name ? { ...row, owner: { id: row.owner, username: name } } : row;
    }),
  };
}

/** /api/media/ — an administrator's list holds every stored file (`?owner=`, `?purpose=`, `?ordering=created_at|size`, ±). */
export const mediaResource: AdminResource = {
  key: 'media',
  list: async (query, signal) => withOwnerNames(await asRows(mediaApi.list(query, signal)), signal),
  get: (id) => asRow(mediaApi.get(id)),
  remove: (id) => mediaApi.delete(id),
  searchParam: null,
  columns: [
    { field: 'preview', render: (row) => <Thumb row={row} />, csv: (row) => text(row.url) },
    { field: 'id' },
    { field: 'content_type' },
    { field: 'size', sort: 'size', render: (row) => formatBytes(Number(row.size)), csv: (row) => text(row.size) },
    {
      field: 'dimensions',
      render: (row) => (row.width ? `${formatNumber(Number(row.width))}×${formatNumber(Number(row.height))}` : '—'),
      csv: (row) => (row.width ? `${text(row.width)}x${text(row.height)}` : ''),
    },
    { field: 'purpose', render: (row) => <Status value={row.purpose} list="mediaPurpose" plain />, csv: (row) => enumLabel('mediaPurpose', row.purpose) },
    { field: 'owner', render: (row) => <RefLink value={row.owner} kind="user" />, csv: (row) => refLabel(row.owner, 'user') },
    { field: 'created_at', sort: 'created_at', render: (row) => <When value={row.created_at} /> },
  ],
  filters: [
    { kind: 'select', param: 'purpose', options: purposes },
    { kind: 'user', param: 'owner' },
  ],
  fields: [
    { name: 'id', label: 'preview', type: 'media', readOnly: true },
    { name: 'content_type', type: 'text', readOnly: true },
    { name: 'size', type: 'bytes', readOnly: true },
    { name: 'width', type: 'number', readOnly: true },
    { name: 'height', type: 'number', readOnly: true },
    { name: 'purpose', type: 'enum', enumList: 'mediaPurpose', readOnly: true },
    { name: 'is_public', type: 'boolean', readOnly: true },
    { name: 'original_name', type: 'text', readOnly: true },
    { name: 'owner', type: 'user', readOnly: true },
    { name: 'created_at', type: 'datetime', readOnly: true },
  ],
  bulkActions: [
    { key: 'delete', danger: true, run: (row: Row) => mediaApi.delete(text(row.id)) },
  ],
  auditType: 'media',
  idOf: (row) => text(row.id),
  titleOf: (row) => text(row.original_name) || i18n.t('admin.media.fileNumber', { id: text(row.id) }),
};
