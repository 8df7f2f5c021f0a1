import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { authApi } from '../../api/endpoints';
import type { FieldErrors } from '../../api/problem';
import { useSession } from '../../api/session';
import { SELF_SERVICE_ROLES, type SelfServiceRole } from '../../api/types';
import { RadioGroup, TextField } from '../../components/Field';
import { Alert } from '../../components/Feedback';
import { i18n } from '../../i18n';
import { roleLabel } from '../../lib/labels';
import { useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';

const FIELDS = ['username', 'email', 'password', 'role'] as const;

interface Draft {
  role: SelfServiceRole | '';
  username: string;
  email: string;
  password: string;
}

/** What the browser can say before asking (the auth service's rules; it checks again, and for common passwords). */
export function validateRegistration(draft: Draft): FieldErrors {
  const t = i18n.t;
  const errors: FieldErrors = {};
  const username = draft.username.trim();
  if (!draft.role) errors.role = [t('register.roleRequired')];
  if (!username) errors.username = [t('register.usernameRequired')];
  else if (username.length < 3 || username.length > 150) errors.username = [t('register.usernameLength')];
  else if (!/^[\p{L}\p{N}_.@+-]+$/u.test(username)) errors.username = [t('register.usernameCharacters')];
  const email = draft.email.trim();
  if (!email) errors.email = [t('register.emailRequired')];
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = [t('register.emailInvalid')];
  if (!draft.password) errors.password = [t('register.passwordRequired')];
  else if (draft.password.length < 8) errors.password = [t('register.passwordShort')];
  else if (draft.password.length > 128) errors.password = [t('register.passwordLong')];
  else if (/^\d+$/.test(draft.password)) errors.password = [t('register.passwordDigits')];
  return errors;
}

export default function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.title'));
  const navigate = useNavigate();
  const signedIn = useSession((s) => s.session !== null);
  const [draft, setDraft] = useState<Draft>({ role: '', username: '', email: '', password: '' });
  const submit = useSubmit<Draft>(FIELDS, validateRegistration);
  const registered = useRef(false);

  // Registering signs you in: the welcome on the account page nudges to create the profile of the role.
  if (signedIn) return <Navigate to="/account" replace state={registered.current ? { welcome: true } : undefined} />;

  const set = (field: keyof Draft) => (value: string) => {
    const next = { ...draft, [field]: value } as Draft;
    setDraft(next);
    submit.changed(field, next);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!submit.check(draft) || !draft.role) return;
    const { role } = draft;
    const input = { username: draft.username.trim(), email: draft.email.trim(), password: draft.password, role };
    const user = await submit.run(() => authApi.register(input));
    if (!user) return;
    // Should signing in fail now (a blip), the sign-in page takes over with the name filled in.
    registered.current = true;
    try {
      await authApi.login({ username: input.username, password: input.password });
    } catch {
      navigate('/login', { state: { registered: user.username } });
    }
  };

  const roles = SELF_SERVICE_ROLES.map((role) => ({ value: role, label: roleLabel(role), description: t(`register.roleDescriptions.${role}`) }));

  return (
    <section className="auth-page">
      <div className="auth-card auth-card--wide">
        <h1>{t('register.heading')}</h1>
        {submit.message ? <Alert>{submit.message}</Alert> : null}
        <form ref={submit.formRef} onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
          <RadioGroup
            legend={t('register.iAm')}
            name="role"
            value={draft.role}
            onChange={set('role')}
            options={roles}
            errors={submit.errorsFor('role')}
            required
          />
          <TextField
            label={t('fields.username')}
            name="username"
            value={draft.username}
            onChange={set('username')}
            onBlur={() => submit.left('username', draft)}
            autoComplete="username"
            required
            hint={t('register.usernameHint')}
            errors={submit.errorsFor('username')}
          />
          <TextField
            label={t('fields.email')}
            name="email"
            type="email"
            value={draft.email}
            onChange={set('email')}
            onBlur={() => submit.left('email', draft)}
            autoComplete="email"
            required
            errors={submit.errorsFor('email')}
          />
          <TextField
            label={t('fields.password')}
            name="password"
            type="password"
            value={draft.password}
            onChange={set('password')}
            onBlur={() => submit.left('password', draft)}
            autoComplete="new-password"
            required
            hint={t('register.passwordHint')}
            errors={submit.errorsFor('password')}
          />
          <button type="submit" className="button button--primary button--block" disabled={submit.submitting}>
            {submit.submitting ? t('register.submitting') : t('register.submit')}
          </button>
        </form>
        <p className="auth-card__switch">
          {t('register.already')} <Link to="/login">{t('account.signIn')}</Link>
        </p>
      </div>
    </section>
  );
}
