import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';

interface PaginationProps {
  page: number;
  pageSize: number;
  count: number;
  onPage: (page: number) => void;
  label?: string;
}

/** "21–40 of 123" with previous/next and a few page numbers around the current one. */
export function Pagination({ page, pageSize, count, onPage, label }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const first = count === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(count, page * pageSize);
  const around = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);

  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <p className="pagination__summary" aria-live="polite">
        {count === 0 ? t('pagination.none') : t('pagination.range', { first: formatNumber(first), last: formatNumber(last), count: formatNumber(count) })}
      </p>
      {pages > 1 ? (
        <ul className="pagination__pages">
          <li>
            <button type="button" className="button button--ghost" onClick={() => onPage(page - 1)} disabled={page <= 1}>
              <span aria-hidden="true">‹</span> {t('pagination.previous')}
            </button>
          </li>
          {around.map((p, index) => (
            <li key={p}>
              {index > 0 && p - around[index - 1]! > 1 ? <span className="pagination__gap" aria-hidden="true">…</span> : null}
              <button
                type="button"
                className={`button button--ghost pagination__page ${p === page ? 'is-current' : ''}`}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: p })}
                onClick={() => onPage(p)}
              >
                {p}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="button button--ghost" onClick={() => onPage(page + 1)} disabled={page >= pages}>
              {t('pagination.next')} <span aria-hidden="true">›</span>
            </button>
          </li>
        </ul>
      ) : null}
    </nav>
  );
}
