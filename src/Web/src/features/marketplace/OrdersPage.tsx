import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { errorMessage } from '../../api/problem';
import { useSession } from '../../api/session';
import type { Order } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, EmptyState, ErrorState, SkeletonRows } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { formatDateTime, formatMoney, titleCase, userId, userLabel } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';

const PAGE_SIZE = 20;
type Side = 'buyer' | 'seller';
type Action = 'ship' | 'complete' | 'cancel';

const ACTION_LABELS: Record<Action, string> = { ship: 'Mark shipped', complete: 'Mark received', cancel: 'Cancel order' };

/**
 * What each side may do at each status, as the marketplace allows it: placed → shipped (seller) → completed (buyer);
 * the buyer may cancel before shipping, the seller until the order is completed.
 */
function actionsFor(order: Order, side: Side): Action[] {
  if (side === 'seller' && order.status === 'placed') return ['ship', 'cancel'];
  if (side === 'seller' && order.status === 'shipped') return ['cancel'];
  if (side === 'buyer' && order.status === 'placed') return ['cancel'];
  if (side === 'buyer' && order.status === 'shipped') return ['complete'];
  return [];
}

/** The ad as it was bought (its title may have changed since; the link shows it as it is now). */
export function adLink(order: Order) {
  return <Link to={`/marketplace/ads/${order.ad}`}>{order.ad_title || `Ad #${order.ad}`}</Link>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--status badge--${status}`}>{titleCase(status)}</span>;
}

/** My orders as buyer and as seller: GET /api/orders/?role=buyer|seller, actions POST /api/orders/{id}/{action}/. */
export default function OrdersPage() {
  useDocumentTitle('My orders');
  const me = useSession((s) => s.session?.user ?? null);
  const [params, setParams] = useSearchParams();
  const side: Side = params.get('as') === 'seller' ? 'seller' : 'buyer';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [pending, setPending] = useState<{ order: Order; action: Action } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const { data, error, loading, reload } = useAsync(
    (signal) => marketApi.orders({ role: side, ordering: '-created_at', page, page_size: PAGE_SIZE }, signal),
    [side, page],
  );
  const rows = (data?.results ?? []).filter((o) => userId(side === 'buyer' ? o.buyer : o.seller) === me?.id);

  const run = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const updated = await marketApi.orderAction(pending.order.id, pending.action);
      setNotice({ kind: 'success', text: `Order #${pending.order.id} is now ${titleCase(updated?.status ?? 'updated').toLowerCase()}.` });
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
        <h1>My orders</h1>
      </header>
      <nav className="tabs" aria-label="Orders">
        {(['buyer', 'seller'] as const).map((s) => (
          <Link key={s} to={`?as=${s}`} className={`tabs__tab ${side === s ? 'is-current' : ''}`} aria-current={side === s ? 'page' : undefined}>
            {s === 'buyer' ? 'Purchases' : 'Sales'}
          </Link>
        ))}
      </nav>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {!error && data && rows.length === 0 ? (
        <EmptyState title={side === 'buyer' ? 'You have not bought anything yet' : 'No sales yet'}>
          <p>{side === 'buyer' ? <Link to="/marketplace">Browse the marketplace</Link> : 'Orders for your ads will appear here.'}</p>
        </EmptyState>
      ) : null}
      {!error && (loading && !data ? true : rows.length > 0) ? (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table">
            <caption className="visually-hidden">{side === 'buyer' ? 'Your purchases' : 'Your sales'}</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Ad</th>
                <th scope="col">Quantity</th>
                <th scope="col">Total</th>
                <th scope="col">{side === 'buyer' ? 'Seller' : 'Buyer'}</th>
                <th scope="col">Status</th>
                <th scope="col">Placed</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            {loading && !data ? <SkeletonRows columns={8} /> : (
              <tbody>
                {rows.map((order) => (
                  <tr key={order.id}>
                    <td data-label="Order">#{order.id}</td>
                    <td data-label="Ad">{adLink(order)}</td>
                    <td data-label="Quantity">{order.quantity}</td>
                    <td data-label="Total">{formatMoney(order.total, order.currency)}</td>
                    <td data-label={side === 'buyer' ? 'Seller' : 'Buyer'}>{userLabel(side === 'buyer' ? order.seller : order.buyer)}</td>
                    <td data-label="Status"><StatusBadge status={order.status} /></td>
                    <td data-label="Placed">{formatDateTime(order.created_at)}</td>
                    <td className="table__actions">
                      {actionsFor(order, side).map((action) => (
                        <button
                          key={action}
                          type="button"
                          className={`button button--small ${action === 'cancel' ? 'button--danger-ghost' : 'button--secondary'}`}
                          onClick={() => setPending({ order, action })}
                        >
                          {ACTION_LABELS[action]}
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
        title={pending ? `${ACTION_LABELS[pending.action]}: order #${pending.order.id}?` : ''}
        confirmLabel={pending ? ACTION_LABELS[pending.action] : 'Confirm'}
        danger={pending?.action === 'cancel'}
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => void run()}
      >
        {pending?.action === 'cancel' ? <p>The items go back into {side === 'seller' ? 'your' : 'the seller’s'} stock.</p> : null}
        {pending?.action === 'ship' ? <p>The buyer will see that the order is on its way.</p> : null}
        {pending?.action === 'complete' ? <p>Confirm that you received the order.</p> : null}
      </ConfirmDialog>
    </section>
  );
}
