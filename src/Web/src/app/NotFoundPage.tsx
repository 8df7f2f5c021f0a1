import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/useAsync';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="not-found">
      <p className="not-found__code" aria-hidden="true">404</p>
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link className="button button--primary" to="/">{t('notFound.home')}</Link>{' '}
        <Link className="button button--secondary" to="/marketplace">{t('notFound.marketplace')}</Link>
      </p>
    </section>
  );
}
