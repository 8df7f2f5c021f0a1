import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { authApi, marketApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import type { AuditEntry } from '../../api/types';
import { EmptyState, ErrorState, SkeletonRows } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { i18n } from '../../i18n';
import { categoryLabel } from '../../lib/catalog';
import { formatDateTime, userLabel } from '../../lib/format';
import { enumLabel, fieldLabel, type EnumList } from '../../lib/labels';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { OrderTimeline } from '../marketplace/orders/OrderTimeline';
import { resourceText, type AdminResource } from './resource';

const PAGE_SIZE = 50;

/** Fields whose values are one of the API's fixed lists: shown in words, as everywhere else. */
function listOf(field: string, objectType: string): EnumList | null {
  if (field === 'role') return 'roles';
  if (field === 'purpose') return 'mediaPurpose';
  if (field === 'kind') return 'profileKind';
  if (field === 'status') return objectType === 'order' ? 'orderStatus' : objectType === 'ad' ? 'adStatus' : null;
  return null;
}

/** An old or new value in words: yes/no, a status's name, "(empty)"; anything else as written. */
function show(value: unknown, field: string, objectType: string): string {
  if (value === null || value === undefined || value === '') return i18n.t('admin.history.empty');
  if (typeof value === 'boolean') return value ? i18n.t('common.yes') : i18n.t('common.no');
  const list = listOf(field, objectType);
  if (list && typeof value === 'string') return enumLabel(list, value);
  if (field === 'category' && typeof value === 'string') return categoryLabel(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `changes` as `{field: [old, new]}` or `{field: {old, new}}`; anything else is shown as written. */
function Changes({ changes, objectType }: { changes: AuditEntry['changes']; objectType: string }) {
  const { t } = useTranslation();
  if (!changes || typeof changes !== 'object' || Object.keys(changes).length === 0) return <>—</>;
  return (
    <ul className="changes">
      {Object.entries(changes).map(([field, change]) => {
        let from: unknown;
        let to: unknown;
        if (Array.isArray(change) && change.length === 2) [from, to] = change;
        else if (change && typeof change === 'object' && ('old' in change || 'new' in change)) {
          from = (change as { old?: unknown }).old;
          to = (change as { new?: unknown }).new;
        } else return <li key={field} data-field={field}><span className="changes__field">{fieldLabel(field)}</span>: {show(change, field, objectType)}</li>;
        return (
          <li key={field} data-field={field}>
            <span className="changes__field">{fieldLabel(field)}</span>: <del>{show(from, field, objectType)}</del>{' '}
            <span aria-hidden="true">→</span><span className="visually-hidden"> {t('admin.history.changedTo')} </span>{' '}
            <ins>{show(to, field, objectType)}</ins>
          </li>
        );
      })}
    </ul>
  );
}

/** An order's every status change, by its buyer and seller too (the audit log has only administrators'). */
function OrderSteps({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useAsync((signal) => marketApi.order(id, signal), [id]);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data?.timeline?.length) return null;
  return (
    <section className="card admin-history__steps">
      <h2>{t('admin.history.orderSteps')}</h2>
      <OrderTimeline events={data.timeline} />
    </section>
  );
}

/** Who changed this object, when and how: GET /api/auth/audit/?object_type=&object_id=. */
export function AuditHistory({ resource }: { resource: AdminResource }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const singular = resourceText(resource, 'singular');
  const heading = t('admin.history.title', { object: singular, id });
  useDocumentTitle(heading);
  const { data, error, loading, reload } = useAsync(
    (signal) => authApi.audit({ object_type: resource.auditType, object_id: id, page, page_size: PAGE_SIZE, ordering: '-created_at' }, signal),
    [resource.auditType, id, page],
  );

  const notYet = error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 501);

  return (
    <section className="admin-history">
      <Link to={`/admin/${resource.key}/${encodeURIComponent(id)}`} className="back-link">‹ {t('admin.history.back', { object: singular })}</Link>
      <h1>{heading}</h1>
      {resource.auditType === 'order' ? <OrderSteps id={id} /> : null}
      {notYet ? (
        <EmptyState title={t('admin.history.notYetTitle')}>
          <p>{t('admin.history.notYetText')}</p>
        </EmptyState>
      ) : error ? <ErrorState error={error} onRetry={reload} /> : null}
      {!error && data && data.results.length === 0 ? <EmptyState title={t('admin.history.none')} /> : null}
      {!error && (loading && !data ? true : (data?.results.length ?? 0) > 0) ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('admin.history.when')}</th>
                <th scope="col">{t('admin.history.who')}</th>
                <th scope="col">{t('admin.history.action')}</th>
                <th scope="col">{t('admin.history.changes')}</th>
              </tr>
            </thead>
            {loading && !data ? <SkeletonRows columns={4} /> : (
              <tbody>
                {data!.results.map((entry) => (
                  <tr key={String(entry.id)} data-action={entry.action}>
                    <td data-label={t('admin.history.when')} data-column="when">{formatDateTime(entry.created_at)}</td>
                    <td data-label={t('admin.history.who')} data-column="who">{entry.actor_username ?? userLabel(entry.actor ?? null)}</td>
                    <td data-label={t('admin.history.action')} data-column="action">{enumLabel('auditAction', entry.action)}</td>
                    <td data-label={t('admin.history.changes')} data-column="changes"><Changes changes={entry.changes} objectType={entry.object_type} /></td>
                  </tr>
                ))}
              </tbody>
            )}
          </table>
        </div>
      ) : null}
      {data && data.count > PAGE_SIZE ? <Pagination page={page} pageSize={PAGE_SIZE} count={data.count} onPage={(p) => setParams(p > 1 ? { page: String(p) } : {})} /> : null}
    </section>
  );
}
