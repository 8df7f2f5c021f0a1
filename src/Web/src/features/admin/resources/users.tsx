import { authApi } from '../../../api/endpoints';
import { i18n } from '../../../i18n';
import { enumLabel } from '../../../lib/labels';
import { asRow, asRows, type AdminResource, type Row } from '../resource';
import { Status, When, YesNo, text } from './cells';

const roles = () => ['consumer', 'specialist', 'businessman', 'admin'].map((value) => ({ value, label: enumLabel('roles', value) }));

/** /api/auth/users/ — search, filter by role/active, order, change role/status/email, delete. */
export const usersResource: AdminResource = {
  key: 'users',
  list: (query, signal) => asRows(authApi.users(query, signal)),
  get: (id) => asRow(authApi.user(id)),
  update: (id, changes) => asRow(authApi.updateUser(id, changes)),
  remove: (id) => authApi.deleteUser(id),
  searchParam: 'search',
  columns: [
    { field: 'id', sort: 'id' },
    { field: 'username', sort: 'username' },
    { field: 'email', sort: 'email' },
    { field: 'role', sort: 'role', render: (row) => <Status value={row.role} list="roles" />, csv: (row) => enumLabel('roles', row.role) },
    { field: 'is_active', sort: 'is_active', render: (row) => <YesNo value={row.is_active} />, csv: (row) => (row.is_active ? i18n.t('common.yes') : i18n.t('common.no')) },
    { field: 'date_joined', sort: 'date_joined', render: (row) => <When value={row.date_joined} /> },
    { field: 'last_login', sort: 'last_login', render: (row) => <When value={row.last_login} />, optional: true },
  ],
  filters: [
    { kind: 'select', param: 'role', options: roles },
    { kind: 'boolean', param: 'is_active', trueLabel: () => i18n.t('admin.users.active'), falseLabel: () => i18n.t('admin.users.deactivated') },
  ],
  fields: [
    { name: 'id', type: 'text', readOnly: true },
    { name: 'username', type: 'text', readOnly: true },
    {
      name: 'email', type: 'email', required: true,
      validate: (value) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text(value)) ? null : i18n.t('register.emailInvalid')),
    },
    { name: 'role', type: 'select', options: roles, required: true },
    { name: 'is_active', type: 'boolean', hint: () => i18n.t('admin.users.activeHint') },
    { name: 'date_joined', type: 'datetime', readOnly: true },
    { name: 'last_login', type: 'datetime', readOnly: true },
  ],
  bulkActions: [
    { key: 'deactivate', danger: true, run: (row: Row) => authApi.updateUser(text(row.id), { is_active: false }) },
    { key: 'activate', run: (row: Row) => authApi.updateUser(text(row.id), { is_active: true }) },
    { key: 'delete', danger: true, run: (row: Row) => authApi.deleteUser(text(row.id)) },
  ],
  auditType: 'user',
  idOf: (row) => text(row.id),
  titleOf: (row) => text(row.username) || i18n.t('common.userNumber', { id: text(row.id) }),
};
