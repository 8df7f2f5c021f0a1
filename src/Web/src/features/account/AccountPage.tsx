import { Link, useNavigate } from 'react-router';
import { authApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { ErrorState } from '../../components/Feedback';
import { formatDate, ROLE_LABELS } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';

export default function AccountPage() {
  useDocumentTitle('My account');
  const navigate = useNavigate();
  const setUser = useSession((s) => s.setUser);
  const { data: user, error, loading, reload } = useAsync(async (signal) => {
    const me = await authApi.me(signal);
    setUser(me);
    return me;
  }, []);

  return (
    <section className="page page--narrow">
      <h1>My account</h1>
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !user ? (
        <div className="card" aria-busy="true" aria-label="Loading your account">
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line skeleton--short" />
        </div>
      ) : null}
      {user ? (
        <div className="card">
          <dl className="details" data-testid="account-details">
            <dt>Username</dt>
            <dd>{user.username}</dd>
            <dt>Email</dt>
            <dd>{user.email}</dd>
            <dt>Role</dt>
            <dd data-testid="account-role">
              <span className={`badge badge--role badge--${user.role}`}>{user.role}</span> {ROLE_LABELS[user.role] ?? ''}
            </dd>
            <dt>Member since</dt>
            <dd>{formatDate(user.date_joined)}</dd>
          </dl>
          <div className="actions">
            {user.role !== 'admin' ? <Link to="/profile" className="button button--secondary">My profile</Link> : null}
            <Link to="/orders" className="button button--secondary">My orders</Link>
            {user.role === 'admin' ? <Link to="/admin" className="button button--secondary">Administration</Link> : null}
            <button
              type="button"
              className="button button--ghost"
              onClick={async () => {
                await authApi.logout();
                navigate('/', { replace: true });
              }}
            >
              Sign out
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
