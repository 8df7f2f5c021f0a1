import type { FieldErrors } from '../../api/problem';
import { i18n } from '../../i18n';

/** An e-mailed token: 32 random bytes in base64url, 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token of a reset link. The e-mail puts it after `#` (`/reset-password#token=…`) so that it never reaches a
 * server log; `?token=` is read too, for a link a mail program rewrote. Null when missing or not a token.
 */
export function readResetToken(hash: string, search: string): string | null {
  for (const part of [hash.replace(/^#/, ''), search.replace(/^\?/, '')]) {
    const token = new URLSearchParams(part).get('token')?.trim();
    if (token && TOKEN.test(token)) return token;
  }
  return null;
}

export interface ForgotDraft {
  email: string;
}

export function validateForgot(draft: ForgotDraft): FieldErrors {
  const email = draft.email.trim();
  if (!email) return { email: [i18n.t('register.emailRequired')] };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { email: [i18n.t('register.emailInvalid')] };
  return {};
}

/** What the browser can say about a new password before asking (the auth service checks again, and for common ones). */
export function newPasswordProblem(password: string): string | null {
  const t = i18n.t;
  if (!password) return t('register.passwordRequired');
  if (password.length < 8) return t('register.passwordShort');
  if (password.length > 128) return t('register.passwordLong');
  if (/^\d+$/.test(password)) return t('register.passwordDigits');
  return null;
}

export interface ResetDraft {
  new_password: string;
}

export function validateReset(draft: ResetDraft): FieldErrors {
  const problem = newPasswordProblem(draft.new_password);
  return problem ? { new_password: [problem] } : {};
}
