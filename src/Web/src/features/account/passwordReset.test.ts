import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, setLanguage } from '../../i18n';
import { newPasswordProblem, readResetToken, validateForgot, validateReset } from './passwordReset';

const TOKEN = 'Abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE';

describe('readResetToken', () => {
  it('reads the token after # as the e-mail writes it', () => {
    expect(TOKEN).toHaveLength(43);
    expect(readResetToken(`#token=${TOKEN}`, '')).toBe(TOKEN);
  });

  it('reads ?token= too, for a link a mail program rewrote', () => {
    expect(readResetToken('', `?token=${TOKEN}`)).toBe(TOKEN);
  });

  it('is null for a missing, cut or altered token', () => {
    expect(readResetToken('', '')).toBeNull();
    expect(readResetToken('#token=', '')).toBeNull();
    expect(readResetToken(`#token=${TOKEN.slice(0, 30)}`, '')).toBeNull();
    expect(readResetToken(`#token=${TOKEN}x`, '')).toBeNull();
    expect(readResetToken(`#token=${TOKEN.slice(0, 42)}=`, '')).toBeNull();
    expect(readResetToken(`#token=${TOKEN.slice(0, 42)}%00`, '')).toBeNull();
  });
});

describe('the reset forms', () => {
  beforeAll(async () => {
    await setLanguage('en');
  });

  it('ask for an address that looks like one', () => {
    expect(validateForgot({ email: '' }).email).toEqual([i18n.t('register.emailRequired')]);
    expect(validateForgot({ email: 'not-an-address' }).email).toEqual([i18n.t('register.emailInvalid')]);
    expect(validateForgot({ email: ' ana@example.org ' })).toEqual({});
  });

  it('check the new password by the registration rules', () => {
    expect(newPasswordProblem('')).toBe(i18n.t('register.passwordRequired'));
    expect(newPasswordProblem('short')).toBe(i18n.t('register.passwordShort'));
    expect(newPasswordProblem('x'.repeat(129))).toBe(i18n.t('register.passwordLong'));
    expect(newPasswordProblem('123456789012')).toBe(i18n.t('register.passwordDigits'));
    expect(newPasswordProblem('Fresh-pasture-2031')).toBeNull();
    expect(validateReset({ new_password: 'short' }).new_password).toHaveLength(1);
    expect(validateReset({ new_password: 'Fresh-pasture-2031' })).toEqual({});
  });

  it('speak Spanish when the app does', async () => {
    await setLanguage('es');
    expect(validateForgot({ email: '' }).email).toEqual(['Ingrese su correo electrónico.']);
    await setLanguage('en');
  });
});
