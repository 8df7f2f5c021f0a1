import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, SkeletonRows } from '../../components/Feedback';
import { formatDate } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { forumApi } from './forumApi';

/** A community's moderation queue: open reports, oldest first; remove what was reported or dismiss the report. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const reports = useAsync((signal) => forumApi.reports(slug, {}, signal), [slug]);
  useDocumentTitle(t('forum.queue'));
  const resolve = async (id: number, action: 'remove' | 'dismiss') => {
    await forumApi.resolve(id, action);
    reports.reload();
  };
  return (
    <section>
      <h1>{t('forum.queue')}</h1>
      {reports.error ? <ErrorState error={reports.error} onRetry={reports.reload} /> : null}
      {!reports.data && reports.loading ? <SkeletonRows /> : null}
      {reports.data?.results.length === 0 ? <EmptyState title={t('forum.noReports')} /> : null}
      <ul className="forum-list">
        {reports.data?.results.map((r) => (
          <li key={r.id} className="forum-card">
            <div>
              <p><Link to={`/forum/p/${r.post_id}`}>{r.excerpt}</Link></p>
              <p className="muted">{r.reason} · {r.reporter.username} · {formatDate(r.created_at)}</p>
              <button type="button" className="button button--secondary" onClick={() => void resolve(r.id, 'remove')}>{t('forum.remove')}</button>{' '}
              <button type="button" className="button button--secondary" onClick={() => void resolve(r.id, 'dismiss')}>{t('forum.dismiss')}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
