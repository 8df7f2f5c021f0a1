import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage, type FieldErrors } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, ErrorState, PageLoading } from '../../components/Feedback';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/Field';
import { MediaImage } from '../../components/MediaImage';
import { formatDateTime } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { Autocomplete } from './Autocomplete';
import { RefLink, refId } from './refs';
import type { AdminResource, FieldSpec, ObjectAction, Row } from './resource';

type Draft = Record<string, string | boolean>;

function toDraft(fields: FieldSpec[], row: Row): Draft {
  const draft: Draft = {};
  for (const field of fields) {
    if (field.readOnly) continue;
    const value = row[field.name];
    if (field.type === 'boolean') draft[field.name] = Boolean(value);
    else if (field.type === 'user' || field.type === 'ad') draft[field.name] = refId(value) ?? '';
    else draft[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

function fromDraft(field: FieldSpec, value: string | boolean): unknown {
  if (field.type === 'boolean') return Boolean(value);
  const text = String(value).trim();
  if (field.type === 'number') return text === '' ? null : Number(text);
  if ((field.type === 'user' || field.type === 'ad') && text !== '' && /^\d+$/.test(text)) return Number(text);
  return text === '' && !field.required ? null : text;
}

function ReadOnlyValue({ field, row }: { field: FieldSpec; row: Row }) {
  const value = row[field.name];
  switch (field.type) {
    case 'datetime': return <>{formatDateTime(value as string | null)}</>;
    case 'boolean': return <>{value ? 'Yes' : 'No'}</>;
    case 'user':
    case 'ad': return <RefLink value={value} kind={field.type} />;
    case 'media': return <MediaImage id={value as string} alt="Preview" className="admin-preview" />;
    case 'media-list': {
      const ids = (value as (string | number)[] | undefined) ?? [];
      return ids.length ? (
        <ul className="admin-thumbs">{ids.map((id) => <li key={String(id)}><Link to={`/admin/media/${id}`}><MediaImage id={id} alt={`File ${id}`} className="thumb" size="thumbnail" /></Link></li>)}</ul>
      ) : <>—</>;
    }
    default:
      if (value === null || value === undefined || value === '') return <>—</>;
      return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
  }
}

function EditableField({ field, value, onChange, errors }: { field: FieldSpec; value: string | boolean; onChange: (v: string | boolean) => void; errors: string[] | undefined }) {
  const common = { label: field.label, name: field.name, errors, required: field.required, hint: field.hint };
  switch (field.type) {
    case 'boolean':
      return <CheckboxField {...common} checked={Boolean(value)} onChange={onChange} />;
    case 'select':
      return <SelectField {...common} value={String(value)} onChange={onChange} options={field.options ?? []} emptyLabel={field.required ? undefined : '—'} />;
    case 'textarea':
      return <TextArea {...common} value={String(value)} onChange={onChange} rows={5} />;
    case 'user':
    case 'ad':
      return <Autocomplete kind={field.type} label={field.label} value={String(value)} onChange={onChange} errors={errors} required={field.required} />;
    case 'number':
      return <TextField {...common} type="number" inputMode="numeric" value={String(value)} onChange={onChange} />;
    case 'decimal':
      return <TextField {...common} inputMode="decimal" value={String(value)} onChange={onChange} />;
    case 'email':
      return <TextField {...common} type="email" value={String(value)} onChange={onChange} />;
    default:
      return <TextField {...common} value={String(value)} onChange={onChange} />;
  }
}

/** The change form: editable fields with validation, read-only fields as text, delete, object actions, history. */
export function ResourceDetail({ resource }: { resource: AdminResource }) {
  const { id = '' } = useParams();
  const { data: row, error, loading, reload } = useAsync(() => resource.get(id), [resource.key, id]);
  useDocumentTitle(row ? `${resource.titleOf(row)} · Administration` : 'Administration');

  if (error) {
    return (
      <section>
        <Link to={`/admin/${resource.key}`} className="back-link">‹ {resource.label}</Link>
        {error instanceof ApiError && error.status === 404
          ? <ErrorState error={error} title={`No ${resource.singular} has id ${id}`} />
          : <ErrorState error={error} onRetry={reload} />}
      </section>
    );
  }
  if (!row || (loading && resource.idOf(row) !== id)) return <PageLoading />;
  return <DetailForm key={`${resource.key}-${id}`} resource={resource} row={row} onChanged={reload} />;
}

function DetailForm({ resource, row, onChanged }: { resource: AdminResource; row: Row; onChanged: () => void }) {
  const navigate = useNavigate();
  const editable = resource.update ? resource.fields.filter((f) => !f.readOnly) : [];
  const [draft, setDraft] = useState<Draft>(() => toDraft(editable, row));
  // The object as saved (or changed by an action) is the new starting point of the form.
  useEffect(() => setDraft(toDraft(resource.update ? resource.fields.filter((f) => !f.readOnly) : [], row)), [row, resource]);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit(editable.map((f) => f.name));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [pendingAction, setPendingAction] = useState<ObjectAction | null>(null);
  const [actionBusy, setActionBusy] = useState(false);
  const [actionMessage, setActionMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const id = resource.idOf(row);
  const title = resource.titleOf(row);
  const original = toDraft(editable, row);
  const changed = editable.filter((f) => draft[f.name] !== original[f.name]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems: FieldErrors = {};
    for (const field of editable) {
      const value = draft[field.name] ?? '';
      if (field.required && field.type !== 'boolean' && String(value).trim() === '') problems[field.name] = ['This field is required.'];
      else if (field.validate && String(value).trim() !== '') {
        const message = field.validate(fromDraft(field, value), row);
        if (message) problems[field.name] = [message];
      }
    }
    if (Object.keys(problems).length) {
      submit.setFieldErrors(problems);
      return;
    }
    if (changed.length === 0 || !resource.update) return;
    const changes: Row = Object.fromEntries(changed.map((f) => [f.name, fromDraft(f, draft[f.name]!)]));
    const result = await submit.run(() => resource.update!(id, changes));
    if (result) {
      setSaved(true);
      onChanged();
    }
  };

  return (
    <section className="admin-detail">
      <Link to={`/admin/${resource.key}`} className="back-link">‹ {resource.label}</Link>
      <header className="admin-detail__header">
        <h1>{title}</h1>
        <div className="actions">
          <Link to={`/admin/${resource.key}/${encodeURIComponent(id)}/history`} className="button button--ghost button--small">History</Link>
        </div>
      </header>
      {saved ? <Alert kind="success">The {resource.singular} was saved.</Alert> : null}
      {submit.message ? <Alert>{submit.message}</Alert> : null}
      {actionMessage ? <Alert kind={actionMessage.kind}>{actionMessage.text}</Alert> : null}
      {deleteError ? <Alert>{deleteError}</Alert> : null}

      {resource.objectActions?.some((a) => a.available(row)) ? (
        <div className="actions object-actions">
          {resource.objectActions.filter((a) => a.available(row)).map((action) => (
            <button key={action.key} type="button" className={`button button--small ${action.danger ? 'button--danger-ghost' : 'button--secondary'}`} onClick={() => setPendingAction(action)}>
              {action.label}
            </button>
          ))}
        </div>
      ) : null}

      <form className="card form admin-form" onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
        {resource.fields.map((field) =>
          field.readOnly || !resource.update ? (
            <div className="field field--readonly" key={field.name}>
              <span className="field__label" id={`ro-${field.name}`}>{field.label}</span>
              <div className="field__value" aria-labelledby={`ro-${field.name}`}><ReadOnlyValue field={field} row={row} /></div>
            </div>
          ) : (
            <EditableField
              key={field.name}
              field={field}
              value={draft[field.name] ?? ''}
              onChange={(value) => { setSaved(false); setDraft((d) => ({ ...d, [field.name]: value })); }}
              errors={submit.errorsFor(field.name)}
            />
          ),
        )}
        <div className="actions admin-form__actions">
          {resource.update ? (
            <button type="submit" className="button button--primary" disabled={submit.submitting || changed.length === 0}>
              {submit.submitting ? 'Saving…' : changed.length ? `Save ${changed.length} change${changed.length === 1 ? '' : 's'}` : 'No changes'}
            </button>
          ) : null}
          {resource.remove ? (
            <button type="button" className="button button--danger-ghost" onClick={() => setConfirmDelete(true)}>
              {resource.removeLabel ?? 'Delete'}
            </button>
          ) : null}
        </div>
      </form>

      <ConfirmDialog
        open={confirmDelete}
        title={`${resource.removeLabel ?? 'Delete'} ${title}?`}
        confirmLabel={resource.removeLabel ?? 'Delete'}
        danger
        busy={deleting}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setDeleting(true);
          try {
            await resource.remove!(id);
            navigate(`/admin/${resource.key}`, { replace: true });
          } catch (e) {
            setDeleteError(errorMessage(e));
            setConfirmDelete(false);
          } finally {
            setDeleting(false);
          }
        }}
      >
        <p>{resource.removeLabel === 'Withdraw' ? 'Buyers will no longer see it.' : 'This cannot be undone.'}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={pendingAction !== null}
        title={pendingAction ? `${pendingAction.label}: ${title}?` : ''}
        confirmLabel={pendingAction?.label ?? 'Confirm'}
        danger={pendingAction?.danger}
        busy={actionBusy}
        onCancel={() => setPendingAction(null)}
        onConfirm={async () => {
          if (!pendingAction) return;
          setActionBusy(true);
          try {
            await pendingAction.run(row);
            setActionMessage({ kind: 'success', text: `${pendingAction.label}: done.` });
            onChanged();
          } catch (e) {
            setActionMessage({ kind: 'error', text: errorMessage(e) });
          } finally {
            setActionBusy(false);
            setPendingAction(null);
          }
        }}
      />
    </section>
  );
}
