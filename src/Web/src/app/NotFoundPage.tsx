import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/useAsync';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section className="not-found">
      <p className="not-found__code" aria-hidden="true">404</p>
      <h1>We could not find that page</h1>
      <p>The address may be mistyped, or the page may have moved.</p>
      <p>
        <Link className="button button--primary" to="/">Go to the home page</Link>{' '}
        <Link className="button button--secondary" to="/marketplace">Browse the marketplace</Link>
      </p>
    </section>
  );
}
