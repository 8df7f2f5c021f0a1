import type { Ad } from '../../api/types';

export function StockBadge({ ad }: { ad: Pick<Ad, 'stock' | 'status'> }) {
  if (ad.status === 'withdrawn') return <span className="badge badge--muted">Withdrawn</span>;
  if (ad.stock <= 0 || ad.status === 'sold_out') return <span className="badge badge--warning">Sold out</span>;
  if (ad.stock <= 5) return <span className="badge badge--warning">Only {ad.stock} left</span>;
  return <span className="badge badge--success">In stock: {ad.stock}</span>;
}
