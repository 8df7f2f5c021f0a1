import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { authApi } from '../../api/endpoints';
import { TextField } from '../../components/Field';
import { Alert } from '../../components/Feedback';
import { useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { type ForgotDraft, validateForgot } from './passwordReset';

const FIELDS = ['email'] as const;

/** Asks for a reset link by e-mail. The answer never says whether an account has the address, and neither does this page. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  const [draft, setDraft] = useState<ForgotDraft>({ email: '' });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submit = useSubmit<ForgotDraft>(FIELDS, validateForgot);

  const setEmail = (email: string) => {
    const next = { email };
    setDraft(next);
    submit.changed('email', next);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!submit.check(draft)) return;
    const email = draft.email.trim();
    const sent = await submit.run(async () => {
      await authApi.forgotPassword({ email });
      return true;
    });
    if (sent) setSentTo(email);
  };

  return (
    <section className="auth-page">
      <div className="auth-card">
        <h1>{t('forgotPassword.title')}</h1>
        {sentTo ? (
          <>
            <Alert kind="success">{t('forgotPassword.sent', { email: sentTo })}</Alert>
            <p>{t('forgotPassword.notArriving')}</p>
            <button type="button" className="button button--block" onClick={() => setSentTo(null)}>
              {t('forgotPassword.again')}
            </button>
          </>
        ) : (
          <>
            <p>{t('forgotPassword.intro')}</p>
            {submit.message ? <Alert>{submit.message}</Alert> : null}
            <form ref={submit.formRef} onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
              <TextField
                label={t('fields.email')}
                name="email"
                type="email"
                inputMode="email"
                value={draft.email}
                onChange={setEmail}
                onBlur={() => submit.left('email', draft)}
                autoComplete="email"
                required
                autoFocus
                errors={submit.errorsFor('email')}
              />
              <button type="submit" className="button button--primary button--block" disabled={submit.submitting}>
                {submit.submitting ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
              </button>
            </form>
          </>
        )}
        <p className="auth-card__switch">
          <Link to="/login">{t('forgotPassword.backToSignIn')}</Link>
        </p>
      </div>
    </section>
  );
}
