import { marketApi } from '../../../api/endpoints';
import { i18n } from '../../../i18n';
import { allCategories, CURRENCIES, categoryLabel, topCategories } from '../../../lib/catalog';
import { formatMoney, formatNumber } from '../../../lib/format';
import { enumLabel } from '../../../lib/labels';
import { RefLink, refLabel } from '../refs';
import { asRow, asRows, type AdminResource, type Row } from '../resource';
import { RegionCell, Status, Thumb, When, regionCsv, text } from './cells';

const statuses = () => ['active', 'sold_out', 'withdrawn'].map((value) => ({ value, label: enumLabel('adStatus', value) }));

/**
 * /api/adds/ — an administrator's list shows every ad, withdrawn ones included (filter by status). The service sorts
 * by `?ordering=created_at|-created_at|price|-price` only.
 */
export const adsResource: AdminResource = {
  key: 'ads',
  list: (query, signal) => asRows(marketApi.search(query, signal)),
  get: (id) => asRow(marketApi.ad(id)),
  update: (id, changes) => asRow(marketApi.update(id, changes)),
  remove: (id) => marketApi.withdraw(id),
  removeIsWithdraw: true,
  searchParam: 'q',
  columns: [
    { field: 'media_ids', render: (row) => <Thumb row={{ id: (row.media_ids as unknown[] | undefined)?.[0] ?? null }} />, csv: (row) => ((row.media_ids as unknown[] | undefined) ?? []).join(' ') },
    { field: 'id' },
    { field: 'title' },
    { field: 'seller', render: (row) => <RefLink value={row.seller} kind="user" />, csv: (row) => refLabel(row.seller, 'user') },
    { field: 'price', sort: 'price', render: (row) => formatMoney(text(row.price), text(row.currency)), csv: (row) => `${text(row.price)} ${text(row.currency)}` },
    { field: 'stock', render: (row) => formatNumber(Number(row.stock)), csv: (row) => text(row.stock) },
    { field: 'category', render: (row) => categoryLabel(text(row.category)), csv: (row) => categoryLabel(text(row.category)) },
    { field: 'region', optional: true, render: (row) => <RegionCell code={row.region} name={row.region_name} />, csv: (row) => regionCsv(row.region, row.region_name) },
    { field: 'status', render: (row) => <Status value={row.status} list="adStatus" />, csv: (row) => enumLabel('adStatus', row.status) },
    { field: 'created_at', sort: 'created_at', render: (row) => <When value={row.created_at} /> },
  ],
  filters: [
    { kind: 'select', param: 'status', options: statuses },
    { kind: 'select', param: 'category', options: topCategories },
    { kind: 'user', param: 'seller' },
    { kind: 'region', param: 'region' },
  ],
  fields: [
    { name: 'id', type: 'text', readOnly: true },
    { name: 'seller', type: 'user', readOnly: true },
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    { name: 'price', type: 'money', required: true },
    { name: 'currency', type: 'select', options: () => CURRENCIES.map((c) => ({ value: c, label: c })), required: true },
    { name: 'stock', type: 'number', required: true, validate: (v) => (/^\d+$/.test(text(v)) ? null : i18n.t('adForm.errors.stock')) },
    { name: 'category', type: 'select', options: allCategories, required: true },
    { name: 'region', type: 'region' },
    { name: 'status', type: 'enum', enumList: 'adStatus', readOnly: true },
    { name: 'media_ids', type: 'media-list', readOnly: true },
    { name: 'created_at', type: 'datetime', readOnly: true },
    { name: 'updated_at', type: 'datetime', readOnly: true },
  ],
  bulkActions: [
    { key: 'withdraw', danger: true, run: (row: Row) => marketApi.withdraw(text(row.id)) },
  ],
  auditType: 'ad',
  idOf: (row) => text(row.id),
  titleOf: (row) => text(row.title) || i18n.t('orders.adNumber', { id: text(row.id) }),
};
