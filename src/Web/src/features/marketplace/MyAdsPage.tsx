import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { EmptyState, ErrorState, SkeletonCards } from '../../components/Feedback';
import { MediaImage } from '../../components/MediaImage';
import { Pagination } from '../../components/Pagination';
import { formatMoney, userId } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { StockBadge } from './StockBadge';

const PAGE_SIZE = 20;

/** The seller's own ads: GET /api/adds/?seller=<my id>, withdrawn ones included where the service shows them. */
export function MyAdsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accountMenu.ads'));
  const me = useSession((s) => s.session?.user ?? null);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, error, loading, reload } = useAsync(
    (signal) => marketApi.search({ seller: me?.id, ordering: '-created_at', page, page_size: PAGE_SIZE }, signal),
    [me?.id, page],
  );
  const mine = data?.results.filter((ad) => ad.seller === undefined || userId(ad.seller) === me?.id) ?? [];

  return (
    <section className="page">
      <header className="page-header page-header--row">
        <div>
          <h1>{t('accountMenu.ads')}</h1>
          <p className="lead">{t('myAds.lead')}</p>
        </div>
        <Link to="/marketplace/ads/new" className="button button--primary">{t('adForm.newTitle')}</Link>
      </header>
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !data ? <SkeletonCards count={4} /> : null}
      {data && !error ? (
        mine.length === 0 ? (
          <EmptyState title={t('myAds.empty')}>
            <p><Trans i18nKey="myAds.first" components={{ post: <Link to="/marketplace/ads/new" /> }} /></p>
          </EmptyState>
        ) : (
          <>
            <ul className="list">
              {mine.map((ad) => (
                <li key={ad.id} className="list__item my-ad">
                  <MediaImage id={ad.media_ids[0]} alt="" className="my-ad__image" size="thumbnail" />
                  <div className="my-ad__text">
                    <Link to={`/marketplace/ads/${ad.id}`} className="my-ad__title">{ad.title}</Link>
                    <span>{formatMoney(ad.price, ad.currency)} · <StockBadge ad={ad} /></span>
                  </div>
                  <Link to={`/marketplace/ads/${ad.id}/edit`} className="button button--secondary button--small" aria-label={t('myAds.editAd', { title: ad.title })}>{t('common.edit')}</Link>
                </li>
              ))}
            </ul>
            <Pagination page={page} pageSize={PAGE_SIZE} count={data.count} onPage={(p) => setParams(p > 1 ? { page: String(p) } : {})} />
          </>
        )
      ) : null}
    </section>
  );
}
