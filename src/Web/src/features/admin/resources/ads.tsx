import { marketApi } from '../../../api/endpoints';
import { ALL_CATEGORIES, CATEGORIES, CURRENCIES, categoryLabel } from '../../../lib/catalog';
import { formatMoney } from '../../../lib/format';
import { RefLink, refLabel } from '../refs';
import { asRow, asRows, type AdminResource, type Row } from '../resource';
import { Status, Thumb, When, text } from './cells';

const STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'sold_out', label: 'Sold out' },
  { value: 'withdrawn', label: 'Withdrawn' },
];

/**
 * /api/adds/ — an administrator's list shows every ad, withdrawn ones included (filter by status). The service sorts
 * by `?ordering=created_at|-created_at|price|-price` only.
 */
export const adsResource: AdminResource = {
  key: 'ads',
  label: 'Ads',
  singular: 'ad',
  description: 'Marketplace ads: edit, withdraw.',
  list: (query, signal) => asRows(marketApi.search(query, signal)),
  get: (id) => asRow(marketApi.ad(id)),
  update: (id, changes) => asRow(marketApi.update(id, changes)),
  remove: (id) => marketApi.withdraw(id),
  removeLabel: 'Withdraw',
  searchParam: 'q',
  searchPlaceholder: 'Words in the title or description',
  columns: [
    { field: 'media_ids', label: 'Photo', render: (row) => <Thumb row={{ id: (row.media_ids as unknown[] | undefined)?.[0] ?? null }} />, csv: (row) => ((row.media_ids as unknown[] | undefined) ?? []).join(' ') },
    { field: 'id', label: 'ID' },
    { field: 'title', label: 'Title' },
    { field: 'seller', label: 'Seller', render: (row) => <RefLink value={row.seller} kind="user" />, csv: (row) => refLabel(row.seller, 'user') },
    { field: 'price', label: 'Price', sort: 'price', render: (row) => formatMoney(text(row.price), text(row.currency)), csv: (row) => `${text(row.price)} ${text(row.currency)}` },
    { field: 'stock', label: 'Stock' },
    { field: 'category', label: 'Category', render: (row) => categoryLabel(text(row.category)) },
    { field: 'region', label: 'Region', optional: true },
    { field: 'status', label: 'Status', render: (row) => <Status value={row.status} /> },
    { field: 'created_at', label: 'Posted', sort: 'created_at', render: (row) => <When value={row.created_at} /> },
  ],
  filters: [
    { kind: 'select', param: 'status', label: 'Status', options: STATUSES },
    { kind: 'select', param: 'category', label: 'Category', options: CATEGORIES },
    { kind: 'user', param: 'seller', label: 'Seller' },
    { kind: 'text', param: 'region', label: 'Region' },
  ],
  fields: [
    { name: 'id', label: 'ID', type: 'text', readOnly: true },
    { name: 'seller', label: 'Seller', type: 'user', readOnly: true },
    { name: 'title', label: 'Title', type: 'text', required: true },
    { name: 'description', label: 'Description', type: 'textarea' },
    { name: 'price', label: 'Price', type: 'decimal', required: true, validate: (v) => (/^\d+(\.\d{1,2})?$/.test(text(v)) ? null : 'Enter a price such as 1250.50.') },
    { name: 'currency', label: 'Currency', type: 'select', options: CURRENCIES.map((c) => ({ value: c, label: c })), required: true },
    { name: 'stock', label: 'Stock', type: 'number', required: true, validate: (v) => (/^\d+$/.test(text(v)) ? null : 'Enter a whole number, 0 or more.') },
    { name: 'category', label: 'Category', type: 'select', options: ALL_CATEGORIES, required: true },
    { name: 'region', label: 'Region', type: 'text' },
    { name: 'status', label: 'Status', type: 'text', readOnly: true },
    { name: 'media_ids', label: 'Photos', type: 'media-list', readOnly: true },
    { name: 'created_at', label: 'Posted', type: 'datetime', readOnly: true },
    { name: 'updated_at', label: 'Changed', type: 'datetime', readOnly: true },
  ],
  bulkActions: [
    { key: 'withdraw', label: 'Withdraw selected ads', done: 'withdrawn', danger: true, run: (row: Row) => marketApi.withdraw(text(row.id)) },
  ],
  auditType: 'ad',
  idOf: (row) => text(row.id),
  titleOf: (row) => text(row.title) || `Ad #${text(row.id)}`,
};
