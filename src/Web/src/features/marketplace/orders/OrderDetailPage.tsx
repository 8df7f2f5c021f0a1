import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { marketApi } from '../../../api/endpoints';
import { ApiError, errorMessage } from '../../../api/problem';
import { useSession } from '../../../api/session';
import type { Order } from '../../../api/types';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Alert, ErrorState, PageLoading } from '../../../components/Feedback';
import { TextArea } from '../../../components/Field';
import { i18n } from '../../../i18n';
import { formatDateTime, formatMoney, formatNumber, userId, userLabel } from '../../../lib/format';
import { enumLabel } from '../../../lib/labels';
import { useAsync, useDocumentTitle } from '../../../lib/useAsync';
import { ContactButton } from '../../chat/ContactButton';
import { AddressView } from '../addresses/AddressView';
import { adLink, StatusBadge } from '../OrdersPage';
import { actionsFor, type OrderActionName, type Side } from './orderActions';
import { OrderTimeline } from './OrderTimeline';
import '../checkout.css';

const actionLabel = (action: OrderActionName) => i18n.t(`orders.actions.${action}`);

/** One order (GET /api/orders/{id}/): what was bought, delivery and payment, the buyer's contact for the seller, its timeline and the next step. */
export default function OrderDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const me = useSession((s) => s.session?.user ?? null);
  const [order, setOrder] = useState<Order | null>(null);
  const { data, error, loading, reload } = useAsync<Order>((signal) => marketApi.order(id!, signal).then((o) => { setOrder(null); return o; }), [id]);
  const [pending, setPending] = useState<OrderActionName | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(
    (location.state as { placed?: boolean } | null)?.placed ? { kind: 'success', text: i18n.t('orderDetail.placed') } : null,
  );
  useDocumentTitle(t('orderDetail.title', { id }));

  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error) return <section className="page"><ErrorState error={error} onRetry={reload} /></section>;
  const shown = order ?? data;
  if (loading && !shown) return <PageLoading />;
  if (!shown || !me) return null;

  const side: Side = userId(shown.buyer) === me.id ? 'buyer' : userId(shown.seller) === me.id ? 'seller' : 'admin';
  const other = side === 'buyer' ? shown.seller : shown.buyer;
  const address = shown.delivery.method === 'delivery' ? shown.delivery.address : null;

  const run = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const updated = await marketApi.orderAction(shown.id, pending, pending === 'ship' && note.trim() ? { tracking_note: note.trim() } : undefined);
      setOrder(updated);
      setNotice({ kind: 'success', text: t('orders.nowStatus', { id: shown.id, status: enumLabel('orderStatus', updated.status).toLocaleLowerCase(i18n.language) }) });
      setNote('');
    } catch (e) {
      setNotice({ kind: 'error', text: errorMessage(e) });
      reload();
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  return (
    <section className="page">
      <p><Link to={`/orders?as=${side === 'seller' ? 'seller' : 'buyer'}`}>{t('orderDetail.backToOrders')}</Link></p>
      <header className="page-header">
        <h1>{t('orderDetail.title', { id: shown.id })} <StatusBadge status={shown.status} /></h1>
      </header>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <div className="order-detail">
        <div className="card">
          <h2>{t('orderDetail.summary')}</h2>
          <dl className="details">
            <div className="details__row"><dt>{t('orders.ad')}</dt><dd>{adLink(shown)}</dd></div>
            <div className="details__row"><dt>{t('fields.quantity')}</dt><dd>{formatNumber(shown.quantity)} × {formatMoney(shown.unit_price, shown.currency)}</dd></div>
            <div className="details__row"><dt>{t('fields.total')}</dt><dd><strong>{formatMoney(shown.total, shown.currency)}</strong></dd></div>
            <div className="details__row"><dt>{t('fields.buyer')}</dt><dd>{userLabel(shown.buyer)}</dd></div>
            <div className="details__row"><dt>{t('fields.seller')}</dt><dd>{userLabel(shown.seller)}</dd></div>
            <div className="details__row"><dt>{t('orders.placed')}</dt><dd>{formatDateTime(shown.created_at)}</dd></div>
          </dl>
          <h2>{t('orderDetail.deliveryAndPayment')}</h2>
          <dl className="details">
            <div className="details__row">
              <dt>{t('fields.delivery_method')}</dt>
              <dd>
                {enumLabel('deliveryMethod', shown.delivery.method)}
                {address ? <AddressView address={address} /> : <span className="muted"> — {t('orderDetail.pickupText')}</span>}
              </dd>
            </div>
            <div className="details__row"><dt>{t('fields.payment_method')}</dt><dd>{enumLabel('paymentMethod', shown.payment_method)}</dd></div>
            {side !== 'buyer' ? (
              <div className="details__row">
                <dt>{t('orderDetail.buyerContact')}</dt>
                <dd>
                  {userLabel(shown.buyer)}
                  {shown.contact_phone ? <> · <a href={`tel:${shown.contact_phone.replace(/[^\d+]/g, '')}`}>{shown.contact_phone}</a></> : null}
                </dd>
              </div>
            ) : shown.contact_phone ? (
              <div className="details__row"><dt>{t('fields.contact_phone')}</dt><dd>{shown.contact_phone}</dd></div>
            ) : null}
          </dl>
          <div className="actions">
            {actionsFor(shown, side).map((action) => (
              <button
                key={action}
                type="button"
                className={`button ${action === 'cancel' ? 'button--danger-ghost' : 'button--primary'}`}
                onClick={() => setPending(action)}
              >
                {actionLabel(action)}
              </button>
            ))}
            {side !== 'admin' ? (
              <ContactButton userId={userId(other) ?? undefined} label={side === 'buyer' ? t('orderDetail.contactSeller') : t('orderDetail.contactBuyer')} />
            ) : null}
          </div>
          {side !== 'admin' && shown.status === 'shipped' ? <p className="muted">{t('orderDetail.noCancelShipped')}</p> : null}
        </div>
        <div className="card">
          <h2>{t('orderDetail.timeline')}</h2>
          <OrderTimeline events={shown.timeline ?? []} />
        </div>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t('orders.confirmTitle', { action: actionLabel(pending), id: shown.id }) : ''}
        confirmLabel={pending ? actionLabel(pending) : t('common.confirm')}
        danger={pending === 'cancel'}
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => void run()}
      >
        {pending === 'cancel' ? <p>{side === 'buyer' ? t('orders.cancelTextBuyer') : t('orders.cancelTextSeller')}</p> : null}
        {pending === 'ship' ? (
          <>
            <p>{t('orders.shipText')}</p>
            <TextArea name="tracking_note" label={t('fields.tracking_note')} value={note} onChange={setNote} rows={2} maxLength={500} hint={t('orderDetail.trackingHint')} />
          </>
        ) : null}
        {pending === 'complete' ? <p>{t('orders.completeText')}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
