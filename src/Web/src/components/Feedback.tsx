import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/problem';

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <span className="spinner-wrap" role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
    </span>
  );
}

export function PageLoading() {
  return (
    <div className="page-loading">
      <Spinner />
    </div>
  );
}

/** Grey placeholder blocks in the shape of what is coming. */
export function SkeletonCards({ count = 6 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <div className="card-grid" role="status" aria-busy="true" aria-label={t('common.loading')}>
      {Array.from({ length: count }, (_, i) => (
        <div className="card skeleton-card" key={i} aria-hidden="true">
          <div className="skeleton skeleton--media" />
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line skeleton--short" />
        </div>
      ))}
    </div>
  );
}

export function SkeletonRows({ rows = 5, columns = 4 }: { rows?: number; columns?: number }) {
  return (
    <tbody aria-hidden="true">
      {Array.from({ length: rows }, (_, r) => (
        <tr key={r}>
          {Array.from({ length: columns }, (_, c) => (
            <td key={c}><div className="skeleton skeleton--line" /></td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <svg className="empty-state__icon" viewBox="0 0 48 48" aria-hidden="true">
        <path d="M24 40c0-12 5-20 16-24-2 12-7 20-16 24zm0 0c0-9-3-15-12-18 0 9 4 15 12 18z" />
      </svg>
      <h2>{title}</h2>
      {children ? <div className="empty-state__body">{children}</div> : null}
    </div>
  );
}

/** A request that failed, said plainly, with a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <div className="error-state" role="alert">
      <h2>{title ?? t('common.failed')}</h2>
      <p>{errorMessage(error)}</p>
      {onRetry ? <button type="button" className="button button--secondary" onClick={onRetry}>{t('common.tryAgain')}</button> : null}
    </div>
  );
}

export function Alert({ kind = 'error', children }: { kind?: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(value * 100);
  return (
    <div className="progress">
      <progress max={100} value={percent} aria-label={label} />
      <span className="progress__text" aria-hidden="true">{percent}%</span>
    </div>
  );
}
