import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { profilesApi } from '../../api/endpoints';
import type { FieldErrors } from '../../api/problem';
import { useSession } from '../../api/session';
import type { Profile } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, ErrorState, PageLoading } from '../../components/Feedback';
import { TextArea, TextField } from '../../components/Field';
import { RegionListField } from '../../components/RegionListField';
import { RegionPicker } from '../../components/RegionPicker';
import { AvatarUpload } from '../../components/Uploads';
import { currentLocale, i18n } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { fieldLabel } from '../../lib/labels';
import { formatDecimal, parseAmount } from '../../lib/money';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { kindForRole, type KindInfo } from './kinds';
import { findMyProfile } from './myProfile';

type Draft = Record<string, string>;

const MAX_REGIONS = 20;

function toDraft(info: KindInfo, profile: Profile | null): Draft {
  const record = (profile ?? {}) as unknown as Record<string, unknown>;
  const draft: Draft = {
    display_name: String(record.display_name ?? ''),
    bio: String(record.bio ?? ''),
    region: String(record.region ?? ''),
  };
  for (const field of info.fields) {
    const value = record[field.name];
    if (Array.isArray(value)) draft[field.name] = value.join(', ');
    else if (value === null || value === undefined) draft[field.name] = '';
    else if (field.type === 'number' && typeof value === 'number') draft[field.name] = formatDecimal(value, currentLocale(), 0);
    else draft[field.name] = String(value);
  }
  return draft;
}

const listOf = (raw: string) => raw.split(',').map((s) => s.trim()).filter(Boolean);

/** A whole number written the person's way ("1.200" in Spanish), or null when it is not one. */
function wholeNumber(raw: string): number | null {
  const parsed = parseAmount(raw, currentLocale(), 0);
  return parsed.ok ? Number(parsed.value) : null;
}

/** Regions are sent only when changed: one written before the catalog (free text) stays until the person picks one. */
const REGION_FIELDS = ['region', 'regions_served'];

function toBody(info: KindInfo, draft: Draft, avatar: string | null, saved: Draft | null): Record<string, unknown> {
  const body: Record<string, unknown> = {
    display_name: draft.display_name?.trim(),
    bio: draft.bio?.trim(),
    region: draft.region?.trim(),
    avatar,
  };
  for (const field of info.fields) {
    const raw = (draft[field.name] ?? '').trim();
    if (field.type === 'list') body[field.name] = listOf(raw);
    else if (field.type === 'number') body[field.name] = raw === '' ? null : wholeNumber(raw);
    else body[field.name] = raw;
  }
  for (const field of REGION_FIELDS) {
    if (saved && field in body && (draft[field] ?? '') === (saved[field] ?? '')) delete body[field];
  }
  return body;
}

function validateProfile(info: KindInfo, draft: Draft): FieldErrors {
  const t = i18n.t;
  const errors: FieldErrors = {};
  if (!draft.display_name?.trim()) errors.display_name = [t('profiles.form.displayNameRequired')];
  for (const field of info.fields) {
    const raw = (draft[field.name] ?? '').trim();
    if (field.required && !raw) errors[field.name] = [t('profiles.form.required', { field: fieldLabel(field.name) })];
    else if (field.type === 'number' && raw) {
      const value = wholeNumber(raw);
      if (value === null || (field.max !== undefined && value > field.max)) {
        errors[field.name] = [t('profiles.form.wholeNumber', { max: formatNumber(field.max ?? Number.MAX_SAFE_INTEGER) })];
      }
    } else if (field.type === 'list' && listOf(raw).length > MAX_REGIONS) errors[field.name] = [t('profiles.form.tooManyRegions', { max: MAX_REGIONS })];
  }
  return errors;
}

export default function MyProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accountMenu.profile'));
  const user = useSession((s) => s.session?.user ?? null);
  const info = kindForRole(user?.role);
  const { data: existing, error, loading, reload } = useAsync<Profile | null>(
    (signal) => (info && user ? findMyProfile(info.kind, signal) : Promise.resolve(null)),
    [info?.kind, user?.id],
  );

  if (!user) return null;
  if (!info) {
    return (
      <section className="page page--narrow">
        <h1>{t('accountMenu.profile')}</h1>
        <p>{t('profiles.form.adminHasNone')}</p>
      </section>
    );
  }
  if (error) return <section className="page page--narrow"><h1>{t('accountMenu.profile')}</h1><ErrorState error={error} onRetry={reload} /></section>;
  if (loading && existing === undefined) return <PageLoading />;
  return <ProfileForm key={existing?.id ?? 'new'} info={info} existing={existing ?? null} onSaved={reload} />;
}

const COMMON_FIELDS = ['display_name', 'bio', 'region', 'avatar'];

function ProfileForm({ info, existing: initial, onSaved }: { info: KindInfo; existing: Profile | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const [existing, setExisting] = useState<Profile | null>(initial);
  const [draft, setDraft] = useState<Draft>(() => toDraft(info, existing));
  const [avatar, setAvatar] = useState<string | null>(existing?.avatar ?? null);
  const [saved, setSaved] = useState<'saved' | 'created' | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const submit = useSubmit<Draft>([...COMMON_FIELDS, ...info.fields.map((f) => f.name)], (d) => validateProfile(info, d));
  const remove = useSubmit();
  const set = (name: string) => (value: string) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    submit.changed(name, next);
  };
  const leave = (name: string) => () => submit.left(name, draft);

  // A change after saving makes the "saved" notice stale.
  useEffect(() => setSaved(null), [draft, avatar]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!submit.check(draft)) return;
    const body = toBody(info, draft, avatar, existing ? toDraft(info, existing) : null);
    const result = await submit.run(() => (existing ? profilesApi.update(info.kind, existing.id, body) : profilesApi.create(info.kind, body)));
    if (result) {
      setExisting(result);
      setSaved(existing ? 'saved' : 'created');
    }
  };

  return (
    <section className="page page--narrow">
      <header className="page-header">
        <h1>{existing ? t('accountMenu.profile') : t('profiles.form.createTitle')}</h1>
        <p className="lead">
          {t(`profiles.form.lead.${info.kind}`)}{' '}
          {existing ? <Link to={`/profiles/${info.kind}/${existing.id}`}>{t('profiles.form.seeAsOthers')}</Link> : null}
        </p>
      </header>
      {saved ? <Alert kind="success">{t(`profiles.form.${saved}`)}</Alert> : null}
      {submit.message ? <Alert>{submit.message}</Alert> : null}
      <form ref={submit.formRef} className="card form" onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
        <AvatarUpload value={avatar} onChange={setAvatar} errors={submit.errorsFor('avatar')} />
        <TextField label={fieldLabel('display_name')} name="display_name" value={draft.display_name ?? ''} onChange={set('display_name')} onBlur={leave('display_name')} required maxLength={100} errors={submit.errorsFor('display_name')} />
        <div className="form-row">
          <RegionPicker name="region" label={fieldLabel('region')} value={draft.region ?? ''} onChange={set('region')} onBlur={leave('region')} errors={submit.errorsFor('region')} />
        </div>
        <TextArea label={fieldLabel('bio')} name="bio" value={draft.bio ?? ''} onChange={set('bio')} onBlur={leave('bio')} rows={5} maxLength={2000} errors={submit.errorsFor('bio')} />
        {info.fields.map((field) => (field.type === 'list' ? (
          <RegionListField
            key={field.name}
            label={fieldLabel(field.name)}
            name={field.name}
            value={listOf(draft[field.name] ?? '')}
            onChange={(codes) => set(field.name)(codes.join(', '))}
            max={MAX_REGIONS}
            hint={field.hint ? t(`profiles.hints.${field.name as 'regions_served'}`) : undefined}
            errors={submit.errorsFor(field.name)}
          />
        ) : (
          <TextField
            key={field.name}
            label={fieldLabel(field.name)}
            name={field.name}
            inputMode={field.type === 'number' ? 'numeric' : undefined}
            value={draft[field.name] ?? ''}
            onChange={set(field.name)}
            onBlur={leave(field.name)}
            hint={field.hint ? t(`profiles.hints.${field.name as 'specialty' | 'regions_served' | 'farm_type'}`) : undefined}
            required={field.required}
            maxLength={field.maxLength}
            errors={submit.errorsFor(field.name)}
          />
        )))}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={submit.submitting}>
            {submit.submitting ? t('common.saving') : existing ? t('common.saveChanges') : t('profiles.form.create')}
          </button>
          {existing ? (
            <button type="button" className="button button--danger-ghost" onClick={() => setConfirmDelete(true)}>{t('profiles.form.delete')}</button>
          ) : null}
        </div>
      </form>
      {remove.message ? <Alert>{remove.message}</Alert> : null}
      <ConfirmDialog
        open={confirmDelete}
        title={t('profiles.form.deleteTitle')}
        confirmLabel={t('profiles.form.delete')}
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
        <p>{t(`profiles.form.deleteText.${info.kind}`)}</p>
      </ConfirmDialog>
    </section>
  );
}
