import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { usePlatformServices } from '../api/platform';
import { useSession } from '../api/session';
import { UnreadBadge } from '../features/chat/UnreadBadge';
import { PageLoading } from '../components/Feedback';
import { AccountMenu } from './AccountMenu';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';

const AREAS = [
  { to: '/marketplace', key: 'marketplace' },
  { to: '/profiles', key: 'profiles' },
  { to: '/forum', key: 'forum', service: 'forum' },
  { to: '/chat', key: 'chat', service: 'chat' },
  { to: '/analytics', key: 'analytics', service: 'compute' },
] as const;

export function Layout() {
  const { t } = useTranslation();
  const role = useSession((s) => s.session?.user.role ?? null);
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const running = usePlatformServices();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // A new page: close the phone menu and move focus to the content, as a full page load would.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('layout.skip')}</a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="brand" aria-label={t('layout.home')}>
            <Logo />
            <span className="brand__name">Agrovet</span>
          </Link>
          <button
            type="button"
            className="nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="nav-toggle__bars" aria-hidden="true" />
            <span className="visually-hidden">{t('layout.menu')}</span>
          </button>
          <nav id="main-nav" className={`mainnav ${menuOpen ? 'is-open' : ''}`} aria-label={t('layout.mainNav')}>
            <ul>
              {AREAS.filter((area) => !('service' in area) || running.has(area.service)).map((area) => (
                <li key={area.to}>
                  <NavLink to={area.to}>
                    {t(`nav.${area.key}`)}
                    {area.key === 'chat' ? <UnreadBadge /> : null}
                  </NavLink>
                </li>
              ))}
              {role === 'admin' ? (
                <li>
                  <NavLink to="/admin">{t('nav.admin')}</NavLink>
                </li>
              ) : null}
            </ul>
            {/* On a phone it sits in the menu, where there is room for it. */}
            <LanguageSwitcher />
          </nav>
          <AccountMenu />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}
