import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { PageLoading } from '../components/Feedback';
import { AccountMenu } from './AccountMenu';
import { ErrorBoundary } from './ErrorBoundary';
import { Logo } from './Logo';

const AREAS = [
  { to: '/marketplace', label: 'Marketplace' },
  { to: '/profiles', label: 'Profiles' },
  { to: '/forum', label: 'Forum' },
  { to: '/chat', label: 'Chat' },
  { to: '/analytics', label: 'Analytics' },
];

export function Layout() {
  const role = useSession((s) => s.session?.user.role ?? null);
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
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
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="brand" aria-label="Agrovet home">
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
            <span className="visually-hidden">Menu</span>
          </button>
          <nav id="main-nav" className={`mainnav ${menuOpen ? 'is-open' : ''}`} aria-label="Main">
            <ul>
              {AREAS.map((area) => (
                <li key={area.to}>
                  <NavLink to={area.to}>{area.label}</NavLink>
                </li>
              ))}
              {role === 'admin' ? (
                <li>
                  <NavLink to="/admin">Admin</NavLink>
                </li>
              ) : null}
            </ul>
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
        <p>Agrovet — for farmers, veterinarians, agronomists and the people who supply them.</p>
      </footer>
    </div>
  );
}
