import { marketApi } from '../../../api/endpoints';
import { formatMoney } from '../../../lib/format';
import { RefLink, refLabel } from '../refs';
import { asRow, asRows, type AdminResource, type Row } from '../resource';
import { Status, When, text } from './cells';

const STATUSES = [
  { value: 'placed', label: 'Placed' },
  { value: 'shipped', label: 'Shipped' },
  { value: 'completed', label: 'Completed' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** `ad` is the ad's id; its title when bought comes beside it as `ad_title`. */
const adRef = (row: Row) => (row.ad_title ? { id: row.ad, title: row.ad_title } : row.ad);

const action = (name: 'ship' | 'complete' | 'cancel') => (row: Row) => marketApi.orderAction(text(row.id), name);

/**
 * /api/orders/ — an administrator sees every order; status moves with POST orders/{id}/ship|complete|cancel/. The
 * service sorts by `?ordering=created_at|-created_at` only.
 */
export const ordersResource: AdminResource = {
  key: 'orders',
  label: 'Orders',
  singular: 'order',
  description: 'Purchases: ship, complete, cancel.',
  list: (query, signal) => asRows(marketApi.orders(query, signal)),
  get: (id) => asRow(marketApi.order(id)),
  searchParam: null,
  columns: [
    { field: 'id', label: 'ID' },
    { field: 'ad', label: 'Ad', render: (row) => <RefLink value={adRef(row)} kind="ad" />, csv: (row) => refLabel(adRef(row), 'ad') },
    { field: 'buyer', label: 'Buyer', render: (row) => <RefLink value={row.buyer} kind="user" />, csv: (row) => refLabel(row.buyer, 'user') },
    { field: 'seller', label: 'Seller', render: (row) => <RefLink value={row.seller} kind="user" />, csv: (row) => refLabel(row.seller, 'user') },
    { field: 'quantity', label: 'Qty' },
    { field: 'total', label: 'Total', render: (row) => formatMoney(text(row.total), text(row.currency)), csv: (row) => `${text(row.total)} ${text(row.currency)}` },
    { field: 'status', label: 'Status', render: (row) => <Status value={row.status} /> },
    { field: 'created_at', label: 'Placed', sort: 'created_at', render: (row) => <When value={row.created_at} /> },
  ],
  filters: [
    { kind: 'select', param: 'status', label: 'Status', options: STATUSES },
    { kind: 'user', param: 'buyer', label: 'Buyer' },
    { kind: 'user', param: 'seller', label: 'Seller' },
    { kind: 'ad', param: 'ad', label: 'Ad' },
  ],
  fields: [
    { name: 'id', label: 'ID', type: 'text', readOnly: true },
    { name: 'ad', label: 'Ad', type: 'ad', readOnly: true },
    { name: 'ad_title', label: 'Title when bought', type: 'text', readOnly: true },
    { name: 'buyer', label: 'Buyer', type: 'user', readOnly: true },
    { name: 'seller', label: 'Seller', type: 'user', readOnly: true },
    { name: 'quantity', label: 'Quantity', type: 'number', readOnly: true },
    { name: 'unit_price', label: 'Unit price', type: 'decimal', readOnly: true },
    { name: 'total', label: 'Total', type: 'decimal', readOnly: true },
    { name: 'currency', label: 'Currency', type: 'text', readOnly: true },
    { name: 'status', label: 'Status', type: 'text', readOnly: true },
    { name: 'created_at', label: 'Placed', type: 'datetime', readOnly: true },
    { name: 'updated_at', label: 'Changed', type: 'datetime', readOnly: true },
  ],
  objectActions: [
    { key: 'ship', label: 'Mark shipped', available: (row) => row.status === 'placed', run: action('ship') },
    { key: 'complete', label: 'Mark completed', available: (row) => row.status === 'shipped', run: action('complete') },
    { key: 'cancel', label: 'Cancel order', danger: true, available: (row) => row.status === 'placed' || row.status === 'shipped', run: action('cancel') },
  ],
  bulkActions: [
    { key: 'ship', label: 'Mark selected orders shipped', done: 'marked shipped', run: action('ship') },
    { key: 'cancel', label: 'Cancel selected orders', done: 'cancelled', danger: true, run: action('cancel') },
  ],
  auditType: 'order',
  idOf: (row) => text(row.id),
  titleOf: (row) => `Order #${text(row.id)}`,
};
