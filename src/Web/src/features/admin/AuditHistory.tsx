import { Link, useParams, useSearchParams } from 'react-router';
import { authApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import type { AuditEntry } from '../../api/types';
import { EmptyState, ErrorState, SkeletonRows } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { formatDateTime, titleCase, userLabel } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import type { AdminResource } from './resource';

const PAGE_SIZE = 50;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `changes` as `{field: [old, new]}` or `{field: {old, new}}`; anything else is shown as written. */
function Changes({ changes }: { changes: AuditEntry['changes'] }) {
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
        } else return <li key={field}><code>{field}</code>: {show(change)}</li>;
        return (
          <li key={field}>
            <code>{field}</code>: <del>{show(from)}</del> <span aria-hidden="true">→</span><span className="visually-hidden"> changed to </span> <ins>{show(to)}</ins>
          </li>
        );
      })}
    </ul>
  );
}

/** Who changed this object, when and how: GET /api/auth/audit/?object_type=&object_id=. */
export function AuditHistory({ resource }: { resource: AdminResource }) {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  useDocumentTitle(`History of ${resource.singular} ${id}`);
  const { data, error, loading, reload } = useAsync(
    (signal) => authApi.audit({ object_type: resource.auditType, object_id: id, page, page_size: PAGE_SIZE, ordering: '-created_at' }, signal),
    [resource.auditType, id, page],
  );

  const notYet = error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 501);

  return (
    <section className="admin-history">
      <Link to={`/admin/${resource.key}/${encodeURIComponent(id)}`} className="back-link">‹ Back to the {resource.singular}</Link>
      <h1>History of {resource.singular} {id}</h1>
      {notYet ? (
        <EmptyState title="The audit log is not available yet">
          <p>The platform does not record admin changes yet. This page will show them when it does.</p>
        </EmptyState>
      ) : error ? <ErrorState error={error} onRetry={reload} /> : null}
      {!error && data && data.results.length === 0 ? <EmptyState title="No changes recorded" /> : null}
      {!error && (loading && !data ? true : (data?.results.length ?? 0) > 0) ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Changes</th></tr>
            </thead>
            {loading && !data ? <SkeletonRows columns={4} /> : (
              <tbody>
                {data!.results.map((entry) => (
                  <tr key={String(entry.id)}>
                    <td data-label="When">{formatDateTime(entry.created_at)}</td>
                    <td data-label="Who">{entry.actor_username ?? userLabel(entry.actor ?? null)}</td>
                    <td data-label="Action">{titleCase(entry.action)}</td>
                    <td data-label="Changes"><Changes changes={entry.changes} /></td>
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
