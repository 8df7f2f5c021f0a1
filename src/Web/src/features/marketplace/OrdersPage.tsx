import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { errorMessage } from '../../api/problem';
import { useSession } from '../../api/session';
import type { Order } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, EmptyState, ErrorState, SkeletonRows } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { i18n } from '../../i18n';
import { formatDateTime, formatMoney, formatNumber, userId, userLabel } from '../../lib/format';
import { enumLabel } from '../../lib/labels';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { actionsFor, type OrderActionName } from './orders/orderActions';
import { NewSalesBadge } from './orders/NewSalesBadge';
import { useNewSales } from './orders/useNewSales';

const PAGE_SIZE = 20;
type Side = 'buyer' | 'seller';
type Action = OrderActionName;

const actionLabel = (action: Action) => i18n.t(`orders.actions.${action}`);

/** The ad as it was bought (its title may have changed since; the link shows it as it is now). */
export function adLink(order: Order) {
  return <Link to={`/marketplace/ads/${order.ad}`}>{order.ad_title || i18n.t('orders.adNumber', { id: order.ad })}</Link>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--status badge--${status}`}>{enumLabel('orderStatus', status)}</span>;
}

/**
 * My orders as buyer and as seller: GET /api/orders/?role=buyer|seller, actions POST /api/orders/{id}/{action}/. It
 * opens on sales for a business (what it has to ship) and on purchases for everyone else; the sales tab counts the
 * new ones (placed, not shipped yet).
 */
export default function OrdersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accountMenu.orders'));
  const me = useSession((s) => s.session?.user ?? null);
  const [params, setParams] = useSearchParams();
  const asked = params.get('as');
  const side: Side = asked === 'seller' || asked === 'buyer' ? asked : me?.role === 'businessman' ? 'seller' : 'buyer';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [pending, setPending] = useState<{ order: Order; action: Action } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const { data, error, loading, reload } = useAsync(
    (signal) => marketApi.orders({ role: side, ordering: '-created_at', page, page_size: PAGE_SIZE }, signal),
    [side, page],
  );
  const newSales = useNewSales(data);
  const rows = (data?.results ?? []).filter((o) => userId(side === 'buyer' ? o.buyer : o.seller) === me?.id);

  const run = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const updated = await marketApi.orderAction(pending.order.id, pending.action);
      setNotice({ kind: 'success', text: t('orders.nowStatus', { id: pending.order.id, status: enumLabel('orderStatus', updated?.status ?? pending.order.status).toLocaleLowerCase(i18n.language) }) });
      reload();
    } catch (e) {
      setNotice({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('accountMenu.orders')}</h1>
      </header>
      <nav className="tabs" aria-label={t('orders.tabs')}>
        {(['buyer', 'seller'] as const).map((s) => (
          <Link key={s} to={`?as=${s}`} className={`tabs__tab ${side === s ? 'is-current' : ''}`} aria-current={side === s ? 'page' : undefined}>
            {s === 'buyer' ? t('orders.purchases') : t('orders.sales')}
            {s === 'seller' ? <NewSalesBadge count={newSales} /> : null}
          </Link>
        ))}
      </nav>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {!error && data && rows.length === 0 ? (
        <EmptyState title={side === 'buyer' ? t('orders.noPurchases') : t('orders.noSales')}>
          <p>{side === 'buyer' ? <Link to="/marketplace">{t('notFound.marketplace')}</Link> : t('orders.salesWillAppear')}</p>
        </EmptyState>
      ) : null}
      {!error && (loading && !data ? true : rows.length > 0) ? (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table">
            <caption className="visually-hidden">{side === 'buyer' ? t('orders.yourPurchases') : t('orders.yourSales')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('orders.order')}</th>
                <th scope="col">{t('orders.ad')}</th>
                <th scope="col">{t('fields.quantity')}</th>
                <th scope="col">{t('fields.total')}</th>
                <th scope="col">{side === 'buyer' ? t('fields.seller') : t('fields.buyer')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col">{t('orders.placed')}</th>
                <th scope="col"><span className="visually-hidden">{t('orders.actionsLabel')}</span></th>
              </tr>
            </thead>
            {loading && !data ? <SkeletonRows columns={8} /> : (
              <tbody>
                {rows.map((order) => (
                  <tr key={order.id}>
                    <td data-label={t('orders.order')} data-column="order"><Link to={`/orders/${order.id}`} aria-label={t('orders.openOrder', { id: order.id })}>#{order.id}</Link></td>
                    <td data-label={t('orders.ad')} data-column="ad">{adLink(order)}</td>
                    <td data-label={t('fields.quantity')} data-column="quantity">{formatNumber(order.quantity)}</td>
                    <td data-label={t('fields.total')} data-column="total">{formatMoney(order.total, order.currency)}</td>
                    <td data-label={side === 'buyer' ? t('fields.seller') : t('fields.buyer')} data-column={side === 'buyer' ? 'seller' : 'buyer'}>{userLabel(side === 'buyer' ? order.seller : order.buyer)}</td>
                    <td data-label={t('fields.status')} data-column="status"><StatusBadge status={order.status} /></td>
                    <td data-label={t('orders.placed')} data-column="placed">{formatDateTime(order.created_at)}</td>
                    <td className="table__actions">
                      {actionsFor(order, side).map((action) => (
                        <button
                          key={action}
                          type="button"
                          className={`button button--small ${action === 'cancel' ? 'button--danger-ghost' : 'button--secondary'}`}
                          onClick={() => setPending({ order, action })}
                        >
                          {actionLabel(action)}
                        </button>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            )}
          </table>
        </div>
      ) : null}
      {data && data.count > PAGE_SIZE ? (
        <Pagination page={page} pageSize={PAGE_SIZE} count={data.count} onPage={(p) => setParams({ as: side, ...(p > 1 ? { page: String(p) } : {}) })} />
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t('orders.confirmTitle', { action: actionLabel(pending.action), id: pending.order.id }) : ''}
        confirmLabel={pending ? actionLabel(pending.action) : t('common.confirm')}
        danger={pending?.action === 'cancel'}
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => void run()}
      >
        {pending?.action === 'cancel' ? <p>{side === 'seller' ? t('orders.cancelTextSeller') : t('orders.cancelTextBuyer')}</p> : null}
        {pending?.action === 'ship' ? <p>{t('orders.shipText')}</p> : null}
        {pending?.action === 'complete' ? <p>{t('orders.completeText')}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
