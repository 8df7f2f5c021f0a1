import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { authApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import { TextField } from '../../components/Field';
import { Alert } from '../../components/Feedback';
import { useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { type ResetDraft, readResetToken, validateReset } from './passwordReset';

const FIELDS = ['new_password'] as const;

/** Chooses a new password with the token of an e-mailed link, then sends the person to sign in with it. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const token = readResetToken(location.hash, location.search);
  const [draft, setDraft] = useState<ResetDraft>({ new_password: '' });
  const [linkRefused, setLinkRefused] = useState(false);
  const submit = useSubmit<ResetDraft>(FIELDS, validateReset);

  const setPassword = (new_password: string) => {
    const next = { new_password };
    setDraft(next);
    submit.changed('new_password', next);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token || !submit.check(draft)) return;
    const done = await submit.run(async () => {
      try {
        await authApi.resetPassword({ token, new_password: draft.new_password });
      } catch (error) {
        // A used, replaced or expired link: the server says so; the way on is a new link.
        if (error instanceof ApiError && error.status === 400 && !Object.keys(error.fieldErrors).length) setLinkRefused(true);
        throw error;
      }
      return true;
    });
    if (done) navigate('/login', { replace: true, state: { passwordReset: true } });
  };

  const askAgain = <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>;

  return (
    <section className="auth-page">
      <div className="auth-card">
        <h1>{t('resetPassword.title')}</h1>
        {!token ? (
          <Alert>{t('resetPassword.incomplete')}</Alert>
        ) : (
          <>
            {submit.message ? <Alert>{submit.message}</Alert> : null}
            {linkRefused ? null : (
              <form ref={submit.formRef} onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
                <TextField
                  label={t('changePassword.new')}
                  name="new_password"
                  type="password"
                  autoComplete="new-password"
                  value={draft.new_password}
                  onChange={setPassword}
                  onBlur={() => submit.left('new_password', draft)}
                  errors={submit.errorsFor('new_password')}
                  hint={t('register.passwordHint')}
                  required
                  autoFocus
                />
                <button type="submit" className="button button--primary button--block" disabled={submit.submitting}>
                  {submit.submitting ? t('resetPassword.submitting') : t('resetPassword.submit')}
                </button>
              </form>
            )}
          </>
        )}
        <p className="auth-card__switch">
          {!token || linkRefused ? askAgain : <Link to="/login">{t('forgotPassword.backToSignIn')}</Link>}
        </p>
      </div>
    </section>
  );
}
