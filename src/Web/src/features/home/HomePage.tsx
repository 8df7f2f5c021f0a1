import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../api/session';
import { useDocumentTitle } from '../../lib/useAsync';
import { Icon, type IconName } from '../../components/Icon';

const AREAS: { to: string; title: string; text: string; icon: IconName; soon?: boolean }[] = [
  { to: '/marketplace', title: 'Marketplace', text: 'Feed, veterinary medicines, seed, machinery and services from sellers near you.', icon: 'cart' },
  { to: '/profiles', title: 'Specialists', text: 'Find veterinarians and agronomists by specialty and region.', icon: 'stethoscope' },
  { to: '/forum', title: 'Forum', text: 'Questions and answers from farmers and specialists.', icon: 'forum', soon: true },
  { to: '/chat', title: 'Chat', text: 'Talk with sellers and specialists in real time.', icon: 'chat', soon: true },
  { to: '/analytics', title: 'Analytics', text: 'Large agricultural datasets, explored on a map.', icon: 'chart', soon: true },
];

export function HomePage() {
  useDocumentTitle('');
  const user = useSession((s) => s.session?.user ?? null);
  const navigate = useNavigate();
  const [q, setQ] = useState('');

  return (
    <>
      <section className="hero">
        <div className="hero__text">
          <h1>Everything your farm needs, from people who know farming</h1>
          <p className="lead">
            Agrovet brings together farmers, veterinarians, agronomists and the businesses that supply them.
          </p>
          <form
            className="hero__search"
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              navigate(q.trim() ? `/marketplace?q=${encodeURIComponent(q.trim())}` : '/marketplace');
            }}
          >
            <label htmlFor="home-search" className="visually-hidden">Search the marketplace</label>
            <input id="home-search" type="search" placeholder="Search feed, vaccines, seed…" value={q} onChange={(e) => setQ(e.target.value)} />
            <button type="submit" className="button button--primary">Search</button>
          </form>
          {!user ? (
            <p className="hero__cta">
              <Link to="/register" className="button button--accent">Join Agrovet</Link>
              <Link to="/login" className="button button--ghost-light">I have an account</Link>
            </p>
          ) : (
            <p className="hero__welcome">Welcome back, <strong>{user.username}</strong>.</p>
          )}
        </div>
      </section>

      <section aria-labelledby="areas-title" className="section">
        <h2 id="areas-title">Explore</h2>
        <ul className="area-grid">
          {AREAS.map((area) => (
            <li key={area.to}>
              <Link to={area.to} className="area-card">
                <Icon name={area.icon} className="area-card__icon" />
                <span className="area-card__title">
                  {area.title}
                  {area.soon ? <span className="badge badge--info">Soon</span> : null}
                </span>
                <span className="area-card__text">{area.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roles-title" className="section roles">
        <h2 id="roles-title">One place for everyone in the field</h2>
        <div className="roles__grid">
          <article>
            <h3>Farmers and buyers</h3>
            <p>Compare offers, buy with a clear price and stock, and follow your orders.</p>
          </article>
          <article>
            <h3>Veterinarians and agronomists</h3>
            <p>Show your specialty and the regions you serve, and offer consultations.</p>
          </article>
          <article>
            <h3>Sellers</h3>
            <p>Post ads with photos, manage stock, and ship orders.</p>
          </article>
        </div>
      </section>
    </>
  );
}
