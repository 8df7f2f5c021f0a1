import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { authApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import type { SelfServiceRole } from '../../api/types';
import { RadioGroup, TextField } from '../../components/Field';
import { Alert } from '../../components/Feedback';
import { useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';

const FIELDS = ['username', 'email', 'password', 'role'] as const;

const ROLES: { value: SelfServiceRole; label: string; description: string }[] = [
  { value: 'consumer', label: 'Consumer', description: 'I farm or buy supplies and services.' },
  { value: 'specialist', label: 'Specialist', description: 'I am a veterinarian or an agronomist.' },
  { value: 'businessman', label: 'Businessman', description: 'I sell products or services.' },
];

export default function RegisterPage() {
  useDocumentTitle('Create an account');
  const navigate = useNavigate();
  const signedIn = useSession((s) => s.session !== null);
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<SelfServiceRole | ''>('');
  const submit = useSubmit(FIELDS);

  if (signedIn) return <Navigate to="/account" replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!role) {
      submit.setFieldErrors({ role: ['Choose what describes you best.'] });
      return;
    }
    const user = await submit.run(() => authApi.register({ username: username.trim(), email: email.trim(), password, role }));
    if (user) navigate('/login', { state: { registered: user.username } });
  };

  return (
    <section className="auth-page">
      <div className="auth-card auth-card--wide">
        <h1>Create your account</h1>
        {submit.message ? <Alert>{submit.message}</Alert> : null}
        <form onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
          <RadioGroup
            legend="I am a…"
            name="role"
            value={role}
            onChange={(value) => setRole(value as SelfServiceRole)}
            options={ROLES}
            errors={submit.errorsFor('role')}
            required
          />
          <TextField
            label="Username"
            name="username"
            value={username}
            onChange={setUsername}
            autoComplete="username"
            required
            hint="3 to 150 letters, digits and @ . + - _"
            errors={submit.errorsFor('username')}
          />
          <TextField label="Email" name="email" type="email" value={email} onChange={setEmail} autoComplete="email" required errors={submit.errorsFor('email')} />
          <TextField
            label="Password"
            name="password"
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            required
            hint="At least 8 characters; not only digits, not a common password, not like your username."
            errors={submit.errorsFor('password')}
          />
          <button type="submit" className="button button--primary button--block" disabled={submit.submitting}>
            {submit.submitting ? 'Creating your account…' : 'Create account'}
          </button>
        </form>
        <p className="auth-card__switch">
          Already registered? <Link to="/login">Sign in</Link>
        </p>
      </div>
    </section>
  );
}
