import { useTranslation } from 'react-i18next';
import type { Ad } from '../../api/types';
import { formatNumber } from '../../lib/format';

export function StockBadge({ ad }: { ad: Pick<Ad, 'stock' | 'status'> }) {
  const { t } = useTranslation();
  if (ad.status === 'withdrawn') return <span className="badge badge--muted">{t('enums.adStatus.withdrawn')}</span>;
  if (ad.stock <= 0 || ad.status === 'sold_out') return <span className="badge badge--warning">{t('enums.adStatus.sold_out')}</span>;
  if (ad.stock <= 5) return <span className="badge badge--warning">{t('market.stock.few', { count: ad.stock })}</span>;
  return <span className="badge badge--success">{t('market.stock.inStock', { stock: formatNumber(ad.stock) })}</span>;
}
