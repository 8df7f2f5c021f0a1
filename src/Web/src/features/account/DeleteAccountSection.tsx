import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { authApi } from '../../api/endpoints';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { Alert } from '../../components/Feedback';
import { useSubmit } from '../../lib/useSubmit';

/** Delete my account: what goes with it is said first, and the password confirms it. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const submit = useSubmit(['password']);

  const confirm = async () => {
    if (!password) {
      submit.setFieldErrors({ password: [t('deleteAccount.passwordRequired')] });
      return;
    }
    const deleted = await submit.run(async () => {
      await authApi.deleteAccount({ password });
      return true;
    });
    if (deleted) navigate('/', { replace: true });
  };

  return (
    <section className="card" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">{t('deleteAccount.title')}</h2>
      <p>{t('deleteAccount.consequences')}</p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('deleteAccount.open')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('deleteAccount.confirmTitle')}
        confirmLabel={t('deleteAccount.confirm')}
        danger
        busy={submit.submitting}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setOpen(false);
          setPassword('');
          submit.reset();
        }}
      >
        <p>{t('deleteAccount.consequences')}</p>
        {submit.message ? <Alert>{submit.message}</Alert> : null}
        <form ref={submit.formRef} noValidate onSubmit={(event) => { event.preventDefault(); void confirm(); }}>
          <TextField
            label={t('deleteAccount.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            errors={submit.errorsFor('password')}
            required
          />
        </form>
      </ConfirmDialog>
    </section>
  );
}
