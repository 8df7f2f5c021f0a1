import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { profilesApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import { useSession } from '../../api/session';
import type { Profile } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, ErrorState, PageLoading } from '../../components/Feedback';
import { TextArea, TextField } from '../../components/Field';
import { AvatarUpload } from '../../components/Uploads';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { kindForRole, type KindInfo } from './kinds';

type Draft = Record<string, string> & { avatar?: never };

function toDraft(info: KindInfo, profile: Profile | null): Draft {
  const record = (profile ?? {}) as unknown as Record<string, unknown>;
  const draft: Draft = {
    display_name: String(record.display_name ?? ''),
    bio: String(record.bio ?? ''),
    region: String(record.region ?? ''),
  } as Draft;
  for (const field of info.fields) {
    const value = record[field.name];
    draft[field.name] = Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

function toBody(info: KindInfo, draft: Draft, avatar: string | null): Record<string, unknown> {
  const body: Record<string, unknown> = {
    display_name: draft.display_name?.trim(),
    bio: draft.bio?.trim(),
    region: draft.region?.trim(),
    avatar,
  };
  for (const field of info.fields) {
    const raw = (draft[field.name] ?? '').trim();
    if (field.type === 'list') body[field.name] = raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : [];
    else if (field.type === 'number') body[field.name] = raw === '' ? null : Number(raw);
    else body[field.name] = raw;
  }
  return body;
}

/** The signed-in person's profile of their role's kind (GET /api/profiles/{kind}/me/), or null while they have none. */
async function findMine(info: KindInfo, signal: AbortSignal): Promise<Profile | null> {
  try {
    return await profilesApi.mine(info.kind, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export default function MyProfilePage() {
  useDocumentTitle('My profile');
  const user = useSession((s) => s.session?.user ?? null);
  const info = kindForRole(user?.role);
  const { data: existing, error, loading, reload } = useAsync<Profile | null>(
    (signal) => (info && user ? findMine(info, signal) : Promise.resolve(null)),
    [info?.kind, user?.id],
  );

  if (!user) return null;
  if (!info) {
    return (
      <section className="page page--narrow">
        <h1>My profile</h1>
        <p>Administrator accounts have no public profile.</p>
      </section>
    );
  }
  if (error) return <section className="page page--narrow"><h1>My profile</h1><ErrorState error={error} onRetry={reload} /></section>;
  if (loading && existing === undefined) return <PageLoading />;
  return <ProfileForm key={existing?.id ?? 'new'} info={info} existing={existing ?? null} onSaved={reload} />;
}

const COMMON_FIELDS = ['display_name', 'bio', 'region', 'avatar'];

function ProfileForm({ info, existing: initial, onSaved }: { info: KindInfo; existing: Profile | null; onSaved: () => void }) {
  const [existing, setExisting] = useState<Profile | null>(initial);
  const [draft, setDraft] = useState<Draft>(() => toDraft(info, existing));
  const [avatar, setAvatar] = useState<string | null>(existing?.avatar ?? null);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const submit = useSubmit([...COMMON_FIELDS, ...info.fields.map((f) => f.name)]);
  const remove = useSubmit();
  const set = (name: string) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));

  // A change after saving makes the "saved" notice stale.
  useEffect(() => setSaved(null), [draft, avatar]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string[]> = {};
    if (!draft.display_name?.trim()) missing.display_name = ['Enter the name people will see.'];
    for (const field of info.fields) {
      if (field.required && !draft[field.name]?.trim()) missing[field.name] = [`Enter your ${field.label.toLowerCase()}.`];
    }
    if (Object.keys(missing).length) {
      submit.setFieldErrors(missing);
      return;
    }
    const body = toBody(info, draft, avatar);
    const result = await submit.run(() => (existing ? profilesApi.update(info.kind, existing.id, body) : profilesApi.create(info.kind, body)));
    if (result) {
      setExisting(result);
      setSaved(existing ? 'Your profile is saved.' : 'Your profile is created.');
    }
  };

  return (
    <section className="page page--narrow">
      <header className="page-header">
        <h1>{existing ? 'My profile' : 'Create your profile'}</h1>
        <p className="lead">
          Your public {info.singular} profile.{' '}
          {existing ? <Link to={`/profiles/${info.kind}/${existing.id}`}>See it as others do</Link> : null}
        </p>
      </header>
      {saved ? <Alert kind="success">{saved}</Alert> : null}
      {submit.message ? <Alert>{submit.message}</Alert> : null}
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
        <AvatarUpload value={avatar} onChange={setAvatar} errors={submit.errorsFor('avatar')} />
        <TextField label="Display name" name="display_name" value={draft.display_name ?? ''} onChange={set('display_name')} required maxLength={100} errors={submit.errorsFor('display_name')} />
        <TextField label="Region" name="region" value={draft.region ?? ''} onChange={set('region')} autoComplete="address-level1" maxLength={100} errors={submit.errorsFor('region')} />
        <TextArea label="About" name="bio" value={draft.bio ?? ''} onChange={set('bio')} rows={5} maxLength={2000} errors={submit.errorsFor('bio')} />
        {info.fields.map((field) => (
          <TextField
            key={field.name}
            label={field.label}
            name={field.name}
            type={field.type === 'number' ? 'number' : 'text'}
            inputMode={field.type === 'number' ? 'numeric' : undefined}
            min={field.type === 'number' ? 0 : undefined}
            value={draft[field.name] ?? ''}
            onChange={set(field.name)}
            hint={field.hint}
            required={field.required}
            maxLength={field.maxLength}
            errors={submit.errorsFor(field.name)}
          />
        ))}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={submit.submitting}>
            {submit.submitting ? 'Saving…' : existing ? 'Save changes' : 'Create profile'}
          </button>
          {existing ? (
            <button type="button" className="button button--danger-ghost" onClick={() => setConfirmDelete(true)}>Delete profile</button>
          ) : null}
        </div>
      </form>
      {remove.message ? <Alert>{remove.message}</Alert> : null}
      <ConfirmDialog
        open={confirmDelete}
        title="Delete your profile?"
        confirmLabel="Delete profile"
        danger
        busy={remove.submitting}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          if (!existing) return;
          await remove.run(() => profilesApi.delete(info.kind, existing.id));
          setConfirmDelete(false);
          onSaved();
        }}
      >
        <p>People will no longer find you in the {info.label.toLowerCase()} list. Your account stays.</p>
      </ConfirmDialog>
    </section>
  );
}
