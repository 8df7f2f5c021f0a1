import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage, type FieldErrors } from '../../api/problem';
import type { AddressFields } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, ErrorState, PageLoading } from '../../components/Feedback';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/Field';
import { MediaImage } from '../../components/MediaImage';
import { RegionPicker } from '../../components/RegionPicker';
import { currentLocale, i18n } from '../../i18n';
import { formatBytes, formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { enumLabel } from '../../lib/labels';
import { amountInputText, currencyDigits, exampleAmount, parseAmount } from '../../lib/money';
import { writtenBeforeCatalog } from '../../lib/regions';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { AddressView } from '../marketplace/addresses/AddressView';
import { Autocomplete } from './Autocomplete';
import { RefLink, refId } from './refs';
import { RegionCell } from './resources/cells';
import { actionLabel, labelOf, resourceText, type AdminResource, type FieldSpec, type ObjectAction, type Row } from './resource';

type Draft = Record<string, string | boolean>;

/** The currency a money field is in: the one chosen in the form, else the object's. */
function currencyOf(draft: Draft, row: Row): string {
  return String(draft.currency ?? row.currency ?? 'USD');
}

function toDraft(fields: FieldSpec[], row: Row): Draft {
  const draft: Draft = {};
  for (const field of fields) {
    if (field.readOnly) continue;
    const value = row[field.name];
    if (field.type === 'boolean') draft[field.name] = Boolean(value);
    else if (field.type === 'user' || field.type === 'ad') draft[field.name] = refId(value) ?? '';
    else if (field.type === 'money') draft[field.name] = value === null || value === undefined ? '' : amountInputText(String(value), currentLocale(), currencyDigits(String(row.currency ?? 'USD')));
    else draft[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

function fromDraft(field: FieldSpec, value: string | boolean, draft: Draft, row: Row): unknown {
  if (field.type === 'boolean') return Boolean(value);
  const text = String(value).trim();
  if (field.type === 'number') return text === '' ? null : Number(text);
  if (field.type === 'money') {
    const parsed = parseAmount(text, currentLocale(), currencyDigits(currencyOf(draft, row)), true);
    return parsed.ok ? parsed.value : text;
  }
  if ((field.type === 'user' || field.type === 'ad') && text !== '' && /^\d+$/.test(text)) return Number(text);
  return text === '' && !field.required ? null : text;
}

/** Problems the form can see before saving: required fields, money written the person's way, the field's own rule. */
function validateDraft(fields: FieldSpec[], draft: Draft, row: Row): FieldErrors {
  const problems: FieldErrors = {};
  for (const field of fields) {
    const value = draft[field.name] ?? '';
    if (field.required && field.type !== 'boolean' && String(value).trim() === '') problems[field.name] = [i18n.t('admin.detail.required')];
    else if (field.type === 'money' && String(value).trim() !== '') {
      const digits = currencyDigits(currencyOf(draft, row));
      if (!parseAmount(String(value), currentLocale(), digits, true).ok) problems[field.name] = [i18n.t('adForm.errors.priceFormat', { example: exampleAmount(currentLocale(), digits) })];
    } else if (field.validate && String(value).trim() !== '') {
      const message = field.validate(fromDraft(field, value, draft, row), row);
      if (message) problems[field.name] = [message];
    }
  }
  return problems;
}

function ReadOnlyValue({ field, row }: { field: FieldSpec; row: Row }) {
  const { t } = useTranslation();
  const value = row[field.name];
  switch (field.type) {
    case 'datetime': return <>{formatDateTime(value as string | null)}</>;
    case 'boolean': return <>{value ? t('common.yes') : t('common.no')}</>;
    case 'user':
    case 'ad': return <RefLink value={value} kind={field.type} />;
    case 'media': return <MediaImage id={value as string} alt={t('admin.detail.preview')} className="admin-preview" />;
    case 'media-list': {
      const ids = (value as (string | number)[] | undefined) ?? [];
      return ids.length ? (
        <ul className="admin-thumbs">{ids.map((id, index) => <li key={String(id)}><Link to={`/admin/media/${id}`}><MediaImage id={id} alt={t('uploads.photo', { number: index + 1 })} className="thumb" size="thumbnail" /></Link></li>)}</ul>
      ) : <>—</>;
    }
    case 'money': return <>{value === null || value === undefined ? '—' : formatMoney(String(value), String(row.currency ?? ''))}</>;
    case 'bytes': return <>{formatBytes(typeof value === 'number' ? value : null)}</>;
    case 'number': return <>{typeof value === 'number' ? formatNumber(value) : '—'}</>;
    case 'enum': return <>{field.enumList ? enumLabel(field.enumList, value) : String(value ?? '—')}</>;
    case 'region': return <RegionCell code={value} name={row[`${field.name}_name`]} />;
    case 'delivery': {
      const delivery = value as { method?: string; address?: AddressFields | null } | null | undefined;
      if (!delivery?.method) return <>—</>;
      return <>{enumLabel('deliveryMethod', delivery.method)}{delivery.address ? <AddressView address={delivery.address} /> : null}</>;
    }
    default:
      if (value === null || value === undefined || value === '') return <>—</>;
      return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
  }
}

/**
 * A region picked by country then division, like the ad and profile forms. The service's message for a refused value
 * shows under the select the admin must change (the country's until one is chosen); a region written before the
 * catalog is named in a hint, since no option can show it.
 */
function RegionField({ label, name, value, onChange, onBlur, errors, required }: {
  label: string; name: string; value: string; onChange: (v: string) => void; onBlur: () => void; errors: string[] | undefined; required: boolean | undefined;
}) {
  const { t } = useTranslation();
  const legacy = writtenBeforeCatalog(value);
  return (
    <div className="form-row">
      <RegionPicker
        name={name}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        label={label}
        errors={errors}
        required={required}
        hint={legacy ? t('admin.detail.regionAsText', { text: legacy }) : undefined}
      />
    </div>
  );
}

function EditableField({ resource, field, value, onChange, onBlur, errors, currency }: {
  resource: AdminResource; field: FieldSpec; value: string | boolean; onChange: (v: string | boolean) => void; onBlur: () => void; errors: string[] | undefined; currency: string;
}) {
  const label = labelOf(resource, field.label ?? field.name);
  const common = { label, name: field.name, errors, required: field.required, hint: field.hint?.(), onBlur };
  switch (field.type) {
    case 'boolean':
      return <CheckboxField {...common} checked={Boolean(value)} onChange={onChange} />;
    case 'select':
      return <SelectField {...common} value={String(value)} onChange={onChange} options={field.options?.() ?? []} emptyLabel={field.required ? undefined : '—'} />;
    case 'textarea':
      return <TextArea {...common} value={String(value)} onChange={onChange} rows={5} />;
    case 'user':
    case 'ad':
      return <Autocomplete kind={field.type} label={label} value={String(value)} onChange={onChange} errors={errors} required={field.required} />;
    case 'number':
      return <TextField {...common} type="number" inputMode="numeric" value={String(value)} onChange={onChange} />;
    case 'money':
      return <TextField {...common} inputMode="decimal" autoComplete="off" placeholder={exampleAmount(currentLocale(), currencyDigits(currency))} value={String(value)} onChange={onChange} />;
    case 'email':
      return <TextField {...common} type="email" value={String(value)} onChange={onChange} />;
    case 'region':
      return <RegionField label={label} name={field.name} value={String(value)} onChange={onChange} onBlur={onBlur} errors={errors} required={field.required} />;
    default:
      return <TextField {...common} value={String(value)} onChange={onChange} />;
  }
}

/** The change form: editable fields with validation, read-only fields as text, delete, object actions, history. */
export function ResourceDetail({ resource }: { resource: AdminResource }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: row, error, loading, reload } = useAsync(() => resource.get(id), [resource.key, id]);
  useDocumentTitle(row ? `${resource.titleOf(row)} · ${t('accountMenu.admin')}` : t('accountMenu.admin'));

  if (error) {
    return (
      <section>
        <Link to={`/admin/${resource.key}`} className="back-link">‹ {resourceText(resource, 'label')}</Link>
        {error instanceof ApiError && error.status === 404
          ? <ErrorState error={error} title={t('admin.detail.notFound', { object: resourceText(resource, 'singular'), id })} />
          : <ErrorState error={error} onRetry={reload} />}
      </section>
    );
  }
  if (!row || (loading && resource.idOf(row) !== id)) return <PageLoading />;
  return <DetailForm key={`${resource.key}-${id}`} resource={resource} row={row} onChanged={reload} />;
}

function DetailForm({ resource, row, onChanged }: { resource: AdminResource; row: Row; onChanged: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editable = resource.update ? resource.fields.filter((f) => !f.readOnly) : [];
  const [draft, setDraft] = useState<Draft>(() => toDraft(editable, row));
  // The object as saved (or changed by an action) is the new starting point of the form.
  useEffect(() => setDraft(toDraft(resource.update ? resource.fields.filter((f) => !f.readOnly) : [], row)), [row, resource]);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit<Draft>(editable.map((f) => f.name), (d) => validateDraft(editable, d, row));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [pendingAction, setPendingAction] = useState<ObjectAction | null>(null);
  const [actionBusy, setActionBusy] = useState(false);
  const [actionMessage, setActionMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const removeWord = resource.removeIsWithdraw ? t('ad.withdraw') : t('common.delete');
  const id = resource.idOf(row);
  const title = resource.titleOf(row);
  const original = toDraft(editable, row);
  const changed = editable.filter((f) => draft[f.name] !== original[f.name]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!submit.check(draft)) return;
    if (changed.length === 0 || !resource.update) return;
    const changes: Row = Object.fromEntries(changed.map((f) => [f.name, fromDraft(f, draft[f.name]!, draft, row)]));
    const result = await submit.run(() => resource.update!(id, changes));
    if (result) {
      setSaved(true);
      onChanged();
    }
  };

  return (
    <section className="admin-detail">
      <Link to={`/admin/${resource.key}`} className="back-link">‹ {resourceText(resource, 'label')}</Link>
      <header className="admin-detail__header">
        <h1>{title}</h1>
        <div className="actions">
          <Link to={`/admin/${resource.key}/${encodeURIComponent(id)}/history`} className="button button--ghost button--small">{t('admin.detail.history')}</Link>
        </div>
      </header>
      {saved ? <Alert kind="success">{t('admin.detail.saved', { object: resourceText(resource, 'singular') })}</Alert> : null}
      {submit.message ? <Alert>{submit.message}</Alert> : null}
      {actionMessage ? <Alert kind={actionMessage.kind}>{actionMessage.text}</Alert> : null}
      {deleteError ? <Alert>{deleteError}</Alert> : null}

      {resource.objectActions?.some((a) => a.available(row)) ? (
        <div className="actions object-actions">
          {resource.objectActions.filter((a) => a.available(row)).map((action) => (
            <button key={action.key} type="button" className={`button button--small ${action.danger ? 'button--danger-ghost' : 'button--secondary'}`} onClick={() => setPendingAction(action)}>
              {actionLabel(resource, action)}
            </button>
          ))}
        </div>
      ) : null}

      <form ref={submit.formRef} className="card form admin-form" onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
        {resource.fields.map((field) =>
          field.readOnly || !resource.update ? (
            <div className="field field--readonly" key={field.name}>
              <span className="field__label" id={`ro-${field.name}`}>{labelOf(resource, field.label ?? field.name)}</span>
              <div className="field__value" aria-labelledby={`ro-${field.name}`}><ReadOnlyValue field={field} row={row} /></div>
            </div>
          ) : (
            <EditableField
              key={field.name}
              resource={resource}
              field={field}
              value={draft[field.name] ?? ''}
              currency={currencyOf(draft, row)}
              onChange={(value) => {
                setSaved(false);
                const next = { ...draft, [field.name]: value };
                setDraft(next);
                submit.changed(field.name, next);
                if (field.name === 'currency') submit.changed('price', next);
              }}
              onBlur={() => submit.left(field.name, draft)}
              errors={submit.errorsFor(field.name)}
            />
          ),
        )}
        <div className="actions admin-form__actions">
          {resource.update ? (
            <button type="submit" className="button button--primary" disabled={submit.submitting || changed.length === 0}>
              {submit.submitting ? t('common.saving') : changed.length ? t('admin.detail.saveChanges', { count: changed.length }) : t('admin.detail.noChanges')}
            </button>
          ) : null}
          {resource.remove ? (
            <button type="button" className="button button--danger-ghost" onClick={() => setConfirmDelete(true)}>
              {removeWord}
            </button>
          ) : null}
        </div>
      </form>

      <ConfirmDialog
        open={confirmDelete}
        title={t('admin.detail.removeTitle', { action: removeWord, title })}
        confirmLabel={removeWord}
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
        <p>{resource.removeIsWithdraw ? t('admin.detail.withdrawText') : t('admin.detail.cannotUndo')}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={pendingAction !== null}
        title={pendingAction ? t('admin.detail.actionTitle', { action: actionLabel(resource, pendingAction), title }) : ''}
        confirmLabel={pendingAction ? actionLabel(resource, pendingAction) : t('common.confirm')}
        danger={pendingAction?.danger}
        busy={actionBusy}
        onCancel={() => setPendingAction(null)}
        onConfirm={async () => {
          if (!pendingAction) return;
          setActionBusy(true);
          try {
            await pendingAction.run(row);
            setActionMessage({ kind: 'success', text: t('admin.detail.actionDone', { action: actionLabel(resource, pendingAction) }) });
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
