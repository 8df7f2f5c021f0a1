import { marketApi } from '../../../api/endpoints';
import { useSession } from '../../../api/session';
import { useAsync } from '../../../lib/useAsync';

/**
 * How many of my sales are new: placed and waiting for me to ship them (the count of
 * GET /api/orders/?role=seller&status=placed). Only for the roles that sell; null otherwise or while unknown.
 */
export function useNewSales(refresh: unknown = null): number | null {
  const user = useSession((s) => s.session?.user ?? null);
  const sells = user?.role === 'businessman' || user?.role === 'specialist';
  const { data } = useAsync(
    (signal) => (sells ? marketApi.orders({ role: 'seller', status: 'placed', page_size: 1 }, signal).then((p) => p.count) : Promise.resolve(null)),
    [sells, user?.id, refresh],
  );
  return sells ? data ?? null : null;
}
