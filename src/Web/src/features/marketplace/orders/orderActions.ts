import type { Order } from '../../../api/types';

export type Side = 'buyer' | 'seller' | 'admin';
export type OrderActionName = 'ship' | 'complete' | 'cancel';

/**
 * What each party may do at each status, as the marketplace allows it: placed → shipped (seller) → completed (buyer);
 * the buyer or the seller may cancel before shipping (not once it is on its way); an administrator until completed.
 */
export function actionsFor(order: Order, side: Side): OrderActionName[] {
  if (side === 'seller' && order.status === 'placed') return ['ship', 'cancel'];
  if (side === 'buyer' && order.status === 'placed') return ['cancel'];
  if (side === 'buyer' && order.status === 'shipped') return ['complete'];
  if (side === 'admin' && (order.status === 'placed' || order.status === 'shipped')) return ['cancel'];
  return [];
}
