import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import type { FieldErrors } from '../../api/problem';
import { authApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { TextField } from '../../components/Field';
import { Alert } from '../../components/Feedback';
import { i18n } from '../../i18n';
import { useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';

interface LoginState {
  from?: string;
  registered?: string;
  /** Arrived from choosing a new password through an e-mailed link. */
  passwordReset?: boolean;
}

interface Draft {
  username: string;
  password: string;
}

const FIELDS = ['username', 'password'] as const;

function validate(draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.username.trim()) errors.username = [i18n.t('login.usernameRequired')];
  if (!draft.password) errors.password = [i18n.t('login.passwordRequired')];
  return errors;
}

export default function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.signIn'));
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  const navigate = useNavigate();
  const signedIn = useSession((s) => s.session !== null);
  const endedReason = useSession((s) => s.endedReason);
  const [draft, setDraft] = useState<Draft>({ username: state.registered ?? '', password: '' });
  const submit = useSubmit<Draft>(FIELDS, validate);

  if (signedIn && !submit.submitting) return <Navigate to={state.from ?? '/account'} replace />;

  const set = (field: keyof Draft) => (value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    submit.changed(field, next);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!submit.check(draft)) return;
    const user = await submit.run(() => authApi.login({ username: draft.username.trim(), password: draft.password }));
    if (user) navigate(state.from ?? '/account', { replace: true });
  };

  return (
    <section className="auth-page">
      <div className="auth-card">
        <h1>{t('account.signIn')}</h1>
        {state.registered ? <Alert kind="success">{t('login.registered')}</Alert> : null}
        {state.passwordReset ? <Alert kind="success">{t('login.passwordReset')}</Alert> : null}
        {endedReason && !state.registered && !state.passwordReset ? <Alert kind="info">{t(`session.${endedReason}`)}</Alert> : null}
        {submit.message ? <Alert>{submit.message}</Alert> : null}
        <form ref={submit.formRef} onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
          <TextField
            label={t('login.username')}
            name="username"
            value={draft.username}
            onChange={set('username')}
            onBlur={() => submit.left('username', draft)}
            autoComplete="username"
            required
            autoFocus={!state.registered}
            errors={submit.errorsFor('username')}
          />
          <TextField
            label={t('fields.password')}
            name="password"
            type="password"
            value={draft.password}
            onChange={set('password')}
            onBlur={() => submit.left('password', draft)}
            autoComplete="current-password"
            required
            autoFocus={!!state.registered}
            errors={submit.errorsFor('password')}
          />
          <p className="auth-card__forgot">
            <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
          </p>
          <button type="submit" className="button button--primary button--block" disabled={submit.submitting}>
            {submit.submitting ? t('login.submitting') : t('account.signIn')}
          </button>
        </form>
        <p className="auth-card__switch">
          {t('login.newHere')} <Link to="/register" state={state.from ? { from: state.from } : undefined}>{t('login.createAccount')}</Link>
        </p>
      </div>
    </section>
  );
}
