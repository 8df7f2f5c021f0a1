import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { authApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { Alert, ErrorState } from '../../components/Feedback';
import { formatDate } from '../../lib/format';
import { enumLabel, roleLabel } from '../../lib/labels';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DeleteAccountSection } from './DeleteAccountSection';

export default function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accountMenu.account'));
  const navigate = useNavigate();
  const welcome = (useLocation().state as { welcome?: boolean } | null)?.welcome === true;
  const setUser = useSession((s) => s.setUser);
  const { data: user, error, loading, reload } = useAsync(async (signal) => {
    const me = await authApi.me(signal);
    setUser(me);
    return me;
  }, []);

  return (
    <section className="page page--narrow">
      <h1>{t('accountMenu.account')}</h1>
      {welcome ? (
        <Alert kind="success">
          <Trans i18nKey="accountPage.welcome" components={{ profile: <Link to="/profile" /> }} />
        </Alert>
      ) : null}
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !user ? (
        <div className="card" aria-busy="true" aria-label={t('accountPage.loading')}>
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line skeleton--short" />
        </div>
      ) : null}
      {user ? (
        <div className="card">
          <dl className="details" data-testid="account-details">
            <dt>{t('fields.username')}</dt>
            <dd>{user.username}</dd>
            <dt>{t('fields.email')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('fields.role')}</dt>
            <dd data-testid="account-role">
              <span className={`badge badge--role badge--${user.role}`}>{roleLabel(user.role)}</span> {enumLabel('roleDetails', user.role)}
            </dd>
            <dt>{t('accountPage.memberSince')}</dt>
            <dd>{formatDate(user.date_joined)}</dd>
          </dl>
          <div className="actions">
            {user.role !== 'admin' ? <Link to="/profile" className="button button--secondary">{t('accountMenu.profile')}</Link> : null}
            <Link to="/orders" className="button button--secondary">{t('accountMenu.orders')}</Link>
            <Link to="/account/addresses" className="button button--secondary">{t('accountMenu.addresses')}</Link>
            {user.role === 'admin' ? <Link to="/admin" className="button button--secondary">{t('accountMenu.admin')}</Link> : null}
            <button
              type="button"
              className="button button--ghost"
              onClick={async () => {
                await authApi.logout();
                navigate('/', { replace: true });
              }}
            >
              {t('account.signOut')}
            </button>
          </div>
        </div>
      ) : null}
      {user ? <ChangePasswordForm /> : null}
      {user && user.role !== 'admin' ? <DeleteAccountSection /> : null}
    </section>
  );
}
