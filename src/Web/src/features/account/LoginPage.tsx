import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { authApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { TextField } from '../../components/Field';
import { Alert } from '../../components/Feedback';
import { useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';

interface LoginState {
  from?: string;
  registered?: string;
}

const FIELDS = ['username', 'password'] as const;

export default function LoginPage() {
  useDocumentTitle('Sign in');
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  const navigate = useNavigate();
  const signedIn = useSession((s) => s.session !== null);
  const endedReason = useSession((s) => s.endedReason);
  const [username, setUsername] = useState(state.registered ?? '');
  const [password, setPassword] = useState('');
  const submit = useSubmit(FIELDS);

  if (signedIn && !submit.submitting) return <Navigate to={state.from ?? '/account'} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const user = await submit.run(() => authApi.login({ username: username.trim(), password }));
    if (user) navigate(state.from ?? '/account', { replace: true });
  };

  return (
    <section className="auth-page">
      <div className="auth-card">
        <h1>Sign in</h1>
        {state.registered ? <Alert kind="success">Your account is ready. Sign in to continue.</Alert> : null}
        {endedReason && !state.registered ? <Alert kind="info">{endedReason}</Alert> : null}
        {submit.message ? <Alert>{submit.message}</Alert> : null}
        <form onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
          <TextField
            label="Username or email"
            name="username"
            value={username}
            onChange={setUsername}
            autoComplete="username"
            required
            autoFocus={!state.registered}
            errors={submit.errorsFor('username')}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
            autoFocus={!!state.registered}
            errors={submit.errorsFor('password')}
          />
          <button type="submit" className="button button--primary button--block" disabled={submit.submitting}>
            {submit.submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="auth-card__switch">
          New to Agrovet? <Link to="/register" state={state.from ? { from: state.from } : undefined}>Create an account</Link>
        </p>
      </div>
    </section>
  );
}
