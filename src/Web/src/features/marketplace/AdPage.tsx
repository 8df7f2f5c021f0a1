import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import { useSession } from '../../api/session';
import type { Ad } from '../../api/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, ErrorState, PageLoading } from '../../components/Feedback';
import { MediaImage } from '../../components/MediaImage';
import { categoryLabel } from '../../lib/catalog';
import { formatDate, formatMoney, userId, userLabel } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { BuyPanel } from './BuyPanel';
import { StockBadge } from './StockBadge';

function Gallery({ ad }: { ad: Ad }) {
  const [index, setIndex] = useState(0);
  const photos = ad.media_ids;
  const current = photos[Math.min(index, photos.length - 1)];
  return (
    <div className="gallery">
      <MediaImage id={current} alt={photos.length ? `${ad.title}, photo ${index + 1} of ${photos.length}` : `${ad.title}: no photo`} className="gallery__main" />
      {photos.length > 1 ? (
        <ul className="gallery__thumbs" aria-label="Photos">
          {photos.map((id, i) => (
            <li key={String(id)}>
              <button type="button" className={`gallery__thumb ${i === index ? 'is-current' : ''}`} aria-pressed={i === index} aria-label={`Show photo ${i + 1}`} onClick={() => setIndex(i)}>
                <MediaImage id={id} alt="" size="thumbnail" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function AdPage() {
  const { id } = useParams();
  const me = useSession((s) => s.session?.user ?? null);
  const location = useLocation();
  const navigate = useNavigate();
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const withdraw = useSubmit();
  const { data: ad, error, loading, reload, } = useAsync<Ad>((signal) => marketApi.ad(id!, signal), [id]);
  useDocumentTitle(ad?.title ?? 'Ad');

  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error) return <section className="page"><ErrorState error={error} onRetry={reload} /></section>;
  if (loading && !ad) return <PageLoading />;
  if (!ad) return null;

  const mine = me !== null && userId(ad.seller) === me.id;
  const canManage = mine || me?.role === 'admin';

  return (
    <section className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/marketplace">Marketplace</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/marketplace?category=${encodeURIComponent(ad.category)}`}>{categoryLabel(ad.category)}</Link>
      </nav>
      <div className="ad-detail">
        <Gallery ad={ad} />
        <div className="ad-detail__info">
          <h1>{ad.title}</h1>
          <p className="ad-detail__price">{formatMoney(ad.price, ad.currency)}</p>
          <p><StockBadge ad={ad} /></p>
          <dl className="details details--compact">
            <div className="details__row"><dt>Category</dt><dd>{categoryLabel(ad.category)}</dd></div>
            {ad.region ? <div className="details__row"><dt>Region</dt><dd>{ad.region}</dd></div> : null}
            {ad.seller !== undefined ? <div className="details__row"><dt>Seller</dt><dd>{userLabel(ad.seller)}</dd></div> : null}
            {ad.created_at ? <div className="details__row"><dt>Posted</dt><dd>{formatDate(ad.created_at)}</dd></div> : null}
          </dl>
          {canManage ? (
            <div className="card card--muted">
              <p>{mine ? 'This is your ad.' : 'You can manage this ad as an administrator.'}</p>
              {withdraw.message ? <Alert>{withdraw.message}</Alert> : null}
              <div className="actions">
                <Link to={`/marketplace/ads/${ad.id}/edit`} className="button button--secondary">Edit</Link>
                {ad.status !== 'withdrawn' ? (
                  <button type="button" className="button button--danger-ghost" onClick={() => setConfirmWithdraw(true)}>Withdraw</button>
                ) : null}
              </div>
            </div>
          ) : me ? (
            <BuyPanel ad={ad} onBought={reload} />
          ) : (
            <p className="card card--muted">
              <Link to="/login" state={{ from: location.pathname }}>Sign in</Link> to buy.
            </p>
          )}
        </div>
      </div>
      <section className="ad-detail__description" aria-labelledby="description-title">
        <h2 id="description-title">Description</h2>
        <p className="prewrap">{ad.description || 'No description.'}</p>
      </section>
      <ConfirmDialog
        open={confirmWithdraw}
        title="Withdraw this ad?"
        confirmLabel="Withdraw ad"
        danger
        busy={withdraw.submitting}
        onCancel={() => setConfirmWithdraw(false)}
        onConfirm={async () => {
          const done = await withdraw.run(async () => {
            await marketApi.withdraw(ad.id);
            return true;
          });
          setConfirmWithdraw(false);
          if (done) navigate(mine ? '/marketplace/mine' : '/marketplace', { replace: true });
        }}
      >
        <p>Buyers will no longer see “{ad.title}”. Orders already placed are kept.</p>
      </ConfirmDialog>
    </section>
  );
}
