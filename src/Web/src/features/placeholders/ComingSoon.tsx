import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/useAsync';

export function ComingSoon({ area }: { area: 'forum' | 'chat' | 'analytics' }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`nav.${area}`));
  return (
    <section className="coming-soon">
      <h1>{t(`nav.${area}`)}</h1>
      <p className="lead">{t(`comingSoon.${area}`)}</p>
      <p className="badge badge--info">{t('comingSoon.badge')}</p>
      <p>
        <Trans i18nKey="comingSoon.meanwhile" components={{ market: <Link to="/marketplace" />, people: <Link to="/profiles" /> }} />
      </p>
    </section>
  );
}
