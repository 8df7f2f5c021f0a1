import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { authApi, profilesApi } from '../../api/endpoints';
import { ErrorState, SkeletonRows } from '../../components/Feedback';
import { formatDateTime, formatNumber } from '../../lib/format';
import { enumLabel } from '../../lib/labels';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { RESOURCES } from './resources';
import { resourceText, type AdminResource } from './resource';

const RECENT = 15;

/** How many there are of a kind of object: the `count` of its list's first page (profiles: the three kinds together). */
async function countOf(resource: AdminResource, signal: AbortSignal): Promise<number> {
  if (resource.key === 'profiles') {
    const pages = await Promise.all((['specialists', 'businessmen', 'consumers'] as const).map((kind) => profilesApi.list(kind, { page_size: 1 }, signal)));
    return pages.reduce((sum, page) => sum + page.count, 0);
  }
  return (await resource.list({ page_size: 1 }, signal)).count;
}

/** The administration's home: how many of each object there are, and what every administrator did last (the audit log). */
export function Dashboard() {
  const { t } = useTranslation();
  useDocumentTitle(t('accountMenu.admin'));
  const counts = useAsync((signal) => Promise.all(RESOURCES.map((r) => countOf(r, signal).catch(() => null))), []);
  const recent = useAsync((signal) => authApi.audit({ ordering: '-created_at', page_size: RECENT }, signal), []);

  return (
    <section>
      <h1>{t('accountMenu.admin')}</h1>
      <ul className="admin-dashboard">
        {RESOURCES.map((r, i) => {
          const count = counts.data?.[i];
          return (
            <li key={r.key}>
              <Link to={`/admin/${r.key}`} className="card card--link admin-dashboard__card">
                <span className="admin-dashboard__title">{resourceText(r, 'label')}</span>
                <span className="admin-dashboard__count" data-testid={`count-${r.key}`}>{count === undefined ? '…' : count === null ? '—' : formatNumber(count)}</span>
                <span className="muted">{resourceText(r, 'description')}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <h2 className="admin-dashboard__recent">{t('admin.dashboard.recent')}</h2>
      {recent.error ? <ErrorState error={recent.error} onRetry={recent.reload} /> : null}
      {!recent.error && recent.data && recent.data.results.length === 0 ? <p className="muted">{t('admin.history.none')}</p> : null}
      {!recent.error && (recent.loading && !recent.data ? true : (recent.data?.results.length ?? 0) > 0) ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('admin.history.when')}</th>
                <th scope="col">{t('admin.history.who')}</th>
                <th scope="col">{t('admin.history.action')}</th>
                <th scope="col">{t('admin.dashboard.object')}</th>
              </tr>
            </thead>
            {recent.loading && !recent.data ? <SkeletonRows columns={4} /> : (
              <tbody>
                {recent.data!.results.map((entry) => {
                  const resource = RESOURCES.find((r) => r.auditType === entry.object_type);
                  return (
                    <tr key={String(entry.id)}>
                      <td data-label={t('admin.history.when')} data-column="when">{formatDateTime(entry.created_at)}</td>
                      <td data-label={t('admin.history.who')} data-column="who">{entry.actor_username}</td>
                      <td data-label={t('admin.history.action')} data-column="action">{enumLabel('auditAction', entry.action)}</td>
                      <td data-label={t('admin.dashboard.object')} data-column="object">
                        <span className="muted">{enumLabel('auditObject', entry.object_type)}</span>{' · '}
                        {resource ? <Link to={`/admin/${resource.key}/${encodeURIComponent(entry.object_id)}`}>{entry.object_repr}</Link> : entry.object_repr}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            )}
          </table>
        </div>
      ) : null}
    </section>
  );
}
