import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Ad } from '../../api/types';
import { MediaImage } from '../../components/MediaImage';
import { categoryLabel } from '../../lib/catalog';
import { formatMoney } from '../../lib/format';
import { StockBadge } from './StockBadge';

export function AdCard({ ad }: { ad: Ad }) {
  useTranslation(); // the price, category and stock are written in the chosen language
  return (
    <Link to={`/marketplace/ads/${ad.id}`} className="card card--link ad-card">
      <MediaImage id={ad.media_ids[0]} alt="" className="ad-card__image" size="thumbnail" />
      <span className="ad-card__body">
        <span className="ad-card__title">{ad.title}</span>
        <span className="ad-card__price">{formatMoney(ad.price, ad.currency)}</span>
        <span className="ad-card__meta">
          {categoryLabel(ad.category)}
          {ad.region ? <> · {ad.region_name || ad.region}</> : null}
        </span>
        <StockBadge ad={ad} />
      </span>
    </Link>
  );
}
