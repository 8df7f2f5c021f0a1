import { marketApi } from '../../../api/endpoints';
import { i18n } from '../../../i18n';
import { formatMoney } from '../../../lib/format';
import { enumLabel } from '../../../lib/labels';
import { RefLink, refLabel } from '../refs';
import { asRow, asRows, type AdminResource, type Row } from '../resource';
import { Status, When, text } from './cells';

const statuses = () => ['placed', 'shipped', 'completed', 'cancelled'].map((value) => ({ value, label: enumLabel('orderStatus', value) }));

/** `ad` is the ad's id; its title when bought comes beside it as `ad_title`. */
const adRef = (row: Row) => (row.ad_title ? { id: row.ad, title: row.ad_title } : row.ad);

const action = (name: 'ship' | 'complete' | 'cancel') => (row: Row) => marketApi.orderAction(text(row.id), name);

/**
 * /api/orders/ — an administrator sees every order; status moves with POST orders/{id}/ship|complete|cancel/. The
 * service sorts by `?ordering=created_at|-created_at` only.
 */
export const ordersResource: AdminResource = {
  key: 'orders',
  list: (query, signal) => asRows(marketApi.orders(query, signal)),
  get: (id) => asRow(marketApi.order(id)),
  searchParam: null,
  columns: [
    { field: 'id' },
    { field: 'ad', render: (row) => <RefLink value={adRef(row)} kind="ad" />, csv: (row) => refLabel(adRef(row), 'ad') },
    { field: 'buyer', render: (row) => <RefLink value={row.buyer} kind="user" />, csv: (row) => refLabel(row.buyer, 'user') },
    { field: 'seller', render: (row) => <RefLink value={row.seller} kind="user" />, csv: (row) => refLabel(row.seller, 'user') },
    { field: 'quantity' },
    { field: 'total', render: (row) => formatMoney(text(row.total), text(row.currency)), csv: (row) => `${text(row.total)} ${text(row.currency)}` },
    { field: 'status', render: (row) => <Status value={row.status} list="orderStatus" />, csv: (row) => enumLabel('orderStatus', row.status) },
    { field: 'created_at', sort: 'created_at', render: (row) => <When value={row.created_at} /> },
  ],
  filters: [
    { kind: 'select', param: 'status', options: statuses },
    { kind: 'user', param: 'buyer' },
    { kind: 'user', param: 'seller' },
    { kind: 'ad', param: 'ad' },
  ],
  fields: [
    { name: 'id', type: 'text', readOnly: true },
    { name: 'ad', type: 'ad', readOnly: true },
    { name: 'ad_title', type: 'text', readOnly: true },
    { name: 'buyer', type: 'user', readOnly: true },
    { name: 'seller', type: 'user', readOnly: true },
    { name: 'quantity', type: 'number', readOnly: true },
    { name: 'unit_price', type: 'money', readOnly: true },
    { name: 'total', type: 'money', readOnly: true },
    { name: 'currency', type: 'text', readOnly: true },
    { name: 'delivery', label: 'delivery_method', type: 'delivery', readOnly: true },
    { name: 'payment_method', type: 'enum', enumList: 'paymentMethod', readOnly: true },
    { name: 'contact_phone', type: 'text', readOnly: true },
    { name: 'status', type: 'enum', enumList: 'orderStatus', readOnly: true },
    { name: 'created_at', type: 'datetime', readOnly: true },
    { name: 'updated_at', type: 'datetime', readOnly: true },
  ],
  objectActions: [
    { key: 'ship', available: (row) => row.status === 'placed', run: action('ship') },
    { key: 'complete', available: (row) => row.status === 'shipped', run: action('complete') },
    { key: 'cancel', danger: true, available: (row) => row.status === 'placed' || row.status === 'shipped', run: action('cancel') },
  ],
  bulkActions: [
    { key: 'ship', run: action('ship') },
    { key: 'cancel', danger: true, run: action('cancel') },
  ],
  auditType: 'order',
  idOf: (row) => text(row.id),
  titleOf: (row) => i18n.t('admin.orders.orderNumber', { id: text(row.id) }),
};
