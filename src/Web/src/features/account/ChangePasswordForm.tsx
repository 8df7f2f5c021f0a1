import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/endpoints';
import type { FieldErrors } from '../../api/problem';
import { TextField } from '../../components/Field';
import { Alert } from '../../components/Feedback';
import { i18n } from '../../i18n';
import { useSubmit } from '../../lib/useSubmit';
import { newPasswordProblem } from './passwordReset';

const FIELDS = ['current_password', 'new_password'] as const;

interface Draft {
  current_password: string;
  new_password: string;
}

function validate(draft: Draft): FieldErrors {
  const t = i18n.t;
  const errors: FieldErrors = {};
  if (!draft.current_password) errors.current_password = [t('changePassword.currentRequired')];
  const problem = newPasswordProblem(draft.new_password);
  if (problem) errors.new_password = [problem];
  return errors;
}

/** Change password: the other sessions end, this one goes on. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const empty: Draft = { current_password: '', new_password: '' };
  const [draft, setDraft] = useState<Draft>(empty);
  const [done, setDone] = useState(false);
  const submit = useSubmit<Draft>(FIELDS, validate);

  const set = (field: keyof Draft) => (value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setDone(false);
    submit.changed(field, next);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!submit.check(draft)) return;
    const changed = await submit.run(async () => {
      await authApi.changePassword(draft);
      return true;
    });
    if (changed) {
      setDraft(empty);
      setDone(true);
    }
  };

  return (
    <section className="card" aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('changePassword.title')}</h2>
      {done ? <Alert kind="success">{t('changePassword.done')}</Alert> : null}
      {submit.message ? <Alert>{submit.message}</Alert> : null}
      <form ref={submit.formRef} onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
        <TextField
          label={t('changePassword.current')}
          name="current_password"
          type="password"
          autoComplete="current-password"
          value={draft.current_password}
          onChange={set('current_password')}
          onBlur={() => submit.left('current_password', draft)}
          errors={submit.errorsFor('current_password')}
          required
        />
        <TextField
          label={t('changePassword.new')}
          name="new_password"
          type="password"
          autoComplete="new-password"
          value={draft.new_password}
          onChange={set('new_password')}
          onBlur={() => submit.left('new_password', draft)}
          errors={submit.errorsFor('new_password')}
          hint={t('register.passwordHint')}
          required
        />
        <button type="submit" className="button button--primary" disabled={submit.submitting}>
          {t('changePassword.submit')}
        </button>
      </form>
    </section>
  );
}
