import { mediaApi } from '../../../api/endpoints';
import { formatBytes } from '../../../lib/format';
import { RefLink, refLabel } from '../refs';
import { asRow, asRows, type AdminResource, type Row } from '../resource';
import { Thumb, When, text } from './cells';

const PURPOSES = [
  { value: 'avatar', label: 'Avatar' },
  { value: 'ad_photo', label: 'Ad photo' },
  { value: 'post_image', label: 'Forum image' },
  { value: 'video', label: 'Video' },
  { value: 'document', label: 'Document' },
  { value: 'attachment', label: 'Attachment' },
];

/** /api/media/ — an administrator's list holds every stored file (`?owner=`, `?purpose=`, `?ordering=created_at|size`, ±). */
export const mediaResource: AdminResource = {
  key: 'media',
  label: 'Media',
  singular: 'file',
  description: 'Uploaded files: look, delete.',
  list: (query, signal) => asRows(mediaApi.list(query, signal)),
  get: (id) => asRow(mediaApi.get(id)),
  remove: (id) => mediaApi.delete(id),
  searchParam: null,
  columns: [
    { field: 'preview', label: 'Preview', render: (row) => <Thumb row={row} />, csv: (row) => text(row.url) },
    { field: 'id', label: 'ID' },
    { field: 'content_type', label: 'Type' },
    { field: 'size', label: 'Size', sort: 'size', render: (row) => formatBytes(Number(row.size)), csv: (row) => text(row.size) },
    { field: 'dimensions', label: 'Dimensions', render: (row) => (row.width ? `${text(row.width)}×${text(row.height)}` : '—'), csv: (row) => (row.width ? `${text(row.width)}x${text(row.height)}` : '') },
    { field: 'purpose', label: 'Purpose' },
    { field: 'owner', label: 'Owner', render: (row) => <RefLink value={row.owner} kind="user" />, csv: (row) => refLabel(row.owner, 'user') },
    { field: 'created_at', label: 'Uploaded', sort: 'created_at', render: (row) => <When value={row.created_at} /> },
  ],
  filters: [
    { kind: 'select', param: 'purpose', label: 'Purpose', options: PURPOSES },
    { kind: 'user', param: 'owner', label: 'Owner' },
  ],
  fields: [
    { name: 'id', label: 'Preview', type: 'media', readOnly: true },
    { name: 'content_type', label: 'Type', type: 'text', readOnly: true },
    { name: 'size', label: 'Size (bytes)', type: 'number', readOnly: true },
    { name: 'width', label: 'Width', type: 'number', readOnly: true },
    { name: 'height', label: 'Height', type: 'number', readOnly: true },
    { name: 'purpose', label: 'Purpose', type: 'text', readOnly: true },
    { name: 'is_public', label: 'Public', type: 'boolean', readOnly: true },
    { name: 'original_name', label: 'Original name', type: 'text', readOnly: true },
    { name: 'owner', label: 'Owner', type: 'user', readOnly: true },
    { name: 'created_at', label: 'Uploaded', type: 'datetime', readOnly: true },
  ],
  bulkActions: [
    { key: 'delete', label: 'Delete selected files', done: 'deleted', danger: true, run: (row: Row) => mediaApi.delete(text(row.id)) },
  ],
  auditType: 'media',
  idOf: (row) => text(row.id),
  titleOf: (row) => text(row.original_name) || `File ${text(row.id)}`,
};
