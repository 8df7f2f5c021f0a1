import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { marketApi } from '../../../api/endpoints';
import { errorMessage } from '../../../api/problem';
import type { Address } from '../../../api/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Alert, EmptyState, ErrorState, PageLoading } from '../../../components/Feedback';
import { useAsync, useDocumentTitle } from '../../../lib/useAsync';
import { AddressForm } from './AddressForm';
import { AddressView } from './AddressView';

/** The delivery addresses kept in my account (they live in the marketplace, which copies one onto each delivered order). */
export default function AddressesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('addresses.title'));
  const { data, error, loading, reload } = useAsync((signal) => marketApi.addresses(signal), []);
  const [editing, setEditing] = useState<Address | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Address | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await marketApi.deleteAddress(deleting.id);
      setNotice({ kind: 'success', text: t('addresses.deleted') });
      reload();
    } catch (e) {
      setNotice({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  if (error) return <section className="page"><ErrorState error={error} onRetry={reload} /></section>;
  if (loading && !data) return <PageLoading />;
  const addresses = data?.results ?? [];

  return (
    <section className="page page--narrow">
      <header className="page-header">
        <h1>{t('addresses.title')}</h1>
        {editing === null ? <button type="button" className="button button--primary" onClick={() => setEditing('new')}>{t('addresses.add')}</button> : null}
      </header>
      <p className="muted">{t('addresses.intro')}</p>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {editing !== null ? (
        <div className="card">
          <h2>{editing === 'new' ? t('addresses.add') : t('addresses.edit')}</h2>
          <AddressForm
            address={editing === 'new' ? undefined : editing}
            onSaved={() => { setEditing(null); setNotice({ kind: 'success', text: t('addresses.saved') }); reload(); }}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      {addresses.length === 0 && editing === null ? <EmptyState title={t('addresses.none')}><p>{t('addresses.noneText')}</p></EmptyState> : null}
      <ul className="address-list">
        {addresses.map((address) => (
          <li key={address.id} className="card address-list__item">
            <AddressView address={address} />
            <div className="actions">
              <button type="button" className="button button--small button--secondary" onClick={() => setEditing(address)}>{t('common.edit')}</button>
              <button type="button" className="button button--small button--danger-ghost" onClick={() => setDeleting(address)}>{t('common.delete')}</button>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('addresses.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onCancel={() => setDeleting(null)}
        onConfirm={() => void remove()}
      >
        <p>{t('addresses.deleteText')}</p>
      </ConfirmDialog>
    </section>
  );
}
