import { authApi } from '../../../api/endpoints';
import { asRow, asRows, type AdminResource, type Row } from '../resource';
import { Status, When, YesNo, text } from './cells';

const ROLES = [
  { value: 'consumer', label: 'Consumer' },
  { value: 'specialist', label: 'Specialist' },
  { value: 'businessman', label: 'Businessman' },
  { value: 'admin', label: 'Administrator' },
];

/** /api/auth/users/ — search, filter by role/active, order, change role/status/email, delete. */
export const usersResource: AdminResource = {
  key: 'users',
  label: 'Users',
  singular: 'user',
  description: 'Accounts: roles, status, email.',
  list: (query, signal) => asRows(authApi.users(query, signal)),
  get: (id) => asRow(authApi.user(id)),
  update: (id, changes) => asRow(authApi.updateUser(id, changes)),
  remove: (id) => authApi.deleteUser(id),
  searchParam: 'search',
  searchPlaceholder: 'Username or email',
  columns: [
    { field: 'id', label: 'ID', sort: 'id' },
    { field: 'username', label: 'Username', sort: 'username' },
    { field: 'email', label: 'Email', sort: 'email' },
    { field: 'role', label: 'Role', sort: 'role', render: (row) => <Status value={row.role} /> },
    { field: 'is_active', label: 'Active', sort: 'is_active', render: (row) => <YesNo value={row.is_active} />, csv: (row) => (row.is_active ? 'yes' : 'no') },
    { field: 'date_joined', label: 'Joined', sort: 'date_joined', render: (row) => <When value={row.date_joined} /> },
    { field: 'last_login', label: 'Last sign-in', sort: 'last_login', render: (row) => <When value={row.last_login} />, optional: true },
  ],
  filters: [
    { kind: 'select', param: 'role', label: 'Role', options: ROLES },
    { kind: 'boolean', param: 'is_active', label: 'Status', trueLabel: 'Active', falseLabel: 'Deactivated' },
  ],
  fields: [
    { name: 'id', label: 'ID', type: 'text', readOnly: true },
    { name: 'username', label: 'Username', type: 'text', readOnly: true },
    {
      name: 'email', label: 'Email', type: 'email', required: true,
      validate: (value) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text(value)) ? null : 'Enter a valid email address.'),
    },
    { name: 'role', label: 'Role', type: 'select', options: ROLES, required: true },
    { name: 'is_active', label: 'Active (may sign in)', type: 'boolean', hint: 'Deactivating ends every session of this user at once.' },
    { name: 'date_joined', label: 'Joined', type: 'datetime', readOnly: true },
    { name: 'last_login', label: 'Last sign-in', type: 'datetime', readOnly: true },
  ],
  bulkActions: [
    { key: 'deactivate', label: 'Deactivate selected users', done: 'deactivated', danger: true, run: (row: Row) => authApi.updateUser(text(row.id), { is_active: false }) },
    { key: 'activate', label: 'Activate selected users', done: 'activated', run: (row: Row) => authApi.updateUser(text(row.id), { is_active: true }) },
    { key: 'delete', label: 'Delete selected users', done: 'deleted', danger: true, run: (row: Row) => authApi.deleteUser(text(row.id)) },
  ],
  auditType: 'user',
  idOf: (row) => text(row.id),
  titleOf: (row) => text(row.username) || `User #${text(row.id)}`,
};
