import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePlatformServices } from '../../api/platform';
import { useSession } from '../../api/session';
import { useDocumentTitle } from '../../lib/useAsync';
import { Icon, type IconName } from '../../components/Icon';

/** Areas with a `service` show only where the platform runs it (GET /api/platform/services). */
const AREAS: { to: string; key: 'marketplace' | 'specialists' | 'forum' | 'chat' | 'analytics'; icon: IconName; service?: string }[] = [
  { to: '/marketplace', key: 'marketplace', icon: 'cart' },
  { to: '/profiles', key: 'specialists', icon: 'stethoscope' },
  { to: '/forum', key: 'forum', icon: 'forum', service: 'forum' },
  { to: '/chat', key: 'chat', icon: 'chat', service: 'chat' },
  { to: '/analytics', key: 'analytics', icon: 'chart', service: 'compute' },
];

const ROLES = ['farmers', 'specialists', 'sellers'] as const;

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle('');
  const user = useSession((s) => s.session?.user ?? null);
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const services = usePlatformServices();

  return (
    <>
      <section className="hero">
        <div className="hero__text">
          <h1>{t('home.title')}</h1>
          <p className="lead">{t('home.lead')}</p>
          <form
            className="hero__search"
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              navigate(q.trim() ? `/marketplace?q=${encodeURIComponent(q.trim())}` : '/marketplace');
            }}
          >
            <label htmlFor="home-search" className="visually-hidden">{t('home.searchLabel')}</label>
            <input id="home-search" type="search" placeholder={t('market.searchPlaceholder')} value={q} onChange={(e) => setQ(e.target.value)} />
            <button type="submit" className="button button--primary">{t('common.search')}</button>
          </form>
          {!user ? (
            <p className="hero__cta">
              <Link to="/register" className="button button--accent">{t('home.join')}</Link>
              <Link to="/login" className="button button--ghost-light">{t('home.haveAccount')}</Link>
            </p>
          ) : (
            <p className="hero__welcome">
              <Trans i18nKey="home.welcome" values={{ name: user.username }} components={{ strong: <strong /> }} />
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="areas-title" className="section">
        <h2 id="areas-title">{t('home.explore')}</h2>
        <ul className="area-grid">
          {AREAS.filter((area) => !area.service || services.has(area.service)).map((area) => (
            <li key={area.to}>
              <Link to={area.to} className="area-card">
                <Icon name={area.icon} className="area-card__icon" />
                <span className="area-card__title">
                  {t(`home.areas.${area.key}.title`)}
                </span>
                <span className="area-card__text">{t(`home.areas.${area.key}.text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roles-title" className="section roles">
        <h2 id="roles-title">{t('home.rolesTitle')}</h2>
        <div className="roles__grid">
          {ROLES.map((role) => (
            <article key={role}>
              <h3>{t(`home.roles.${role}.title`)}</h3>
              <p>{t(`home.roles.${role}.text`)}</p>
            </article>
          ))}
        </div>
      </section>
    </>
  );
}
