import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
import { ContactButton } from '../chat/ContactButton';
import { sellerName, useSellerProfile } from '../profiles/useSellerProfile';
import { BuyPanel } from './BuyPanel';
import { StockBadge } from './StockBadge';

function Gallery({ ad }: { ad: Ad }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const photos = ad.media_ids;
  const current = photos[Math.min(index, photos.length - 1)];
  return (
    <div className="gallery">
      <MediaImage id={current} alt={photos.length ? t('ad.photoOf', { title: ad.title, number: index + 1, count: photos.length }) : t('ad.noPhoto', { title: ad.title })} className="gallery__main" />
      {photos.length > 1 ? (
        <ul className="gallery__thumbs" aria-label={t('uploads.photos')}>
          {photos.map((id, i) => (
            <li key={String(id)}>
              <button type="button" className={`gallery__thumb ${i === index ? 'is-current' : ''}`} aria-pressed={i === index} aria-label={t('ad.showPhoto', { number: i + 1 })} onClick={() => setIndex(i)}>
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
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useSession((s) => s.session?.user ?? null);
  const location = useLocation();
  const navigate = useNavigate();
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const withdraw = useSubmit();
  const { data: ad, error, loading, reload, } = useAsync<Ad>((signal) => marketApi.ad(id!, signal), [id]);
  const { data: seller } = useSellerProfile(ad ? userId(ad.seller) : null);
  useDocumentTitle(ad?.title ?? t('ad.title'));

  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error) return <section className="page"><ErrorState error={error} onRetry={reload} /></section>;
  if (loading && !ad) return <PageLoading />;
  if (!ad) return null;

  const mine = me !== null && userId(ad.seller) === me.id;
  const canManage = mine || me?.role === 'admin';

  return (
    <section className="page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/marketplace">{t('nav.marketplace')}</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/marketplace?category=${encodeURIComponent(ad.category)}`}>{categoryLabel(ad.category)}</Link>
      </nav>
      <div className="ad-detail">
        <Gallery ad={ad} />
        <div className="ad-detail__info">
          <h1>{ad.title}</h1>
          <p className="ad-detail__price">{formatMoney(ad.price, ad.currency)}</p>
          <p><StockBadge ad={ad} /></p>
          <dl className="details details--compact">
            <div className="details__row"><dt>{t('fields.category')}</dt><dd>{categoryLabel(ad.category)}</dd></div>
            {ad.region ? <div className="details__row"><dt>{t('fields.region')}</dt><dd>{ad.region_name || ad.region}</dd></div> : null}
            {ad.seller !== undefined ? (
              <div className="details__row">
                <dt>{t('fields.seller')}</dt>
                <dd>
                  {seller ? (
                    <>
                      <Link to={`/profiles/${seller.kind}/${seller.profile.id}`}>{sellerName(seller.profile)}</Link>
                      <span className="muted ad-detail__seller">
                        {seller.profile.region ? `${seller.profile.region_name ?? seller.profile.region} · ` : ''}
                        {t('ad.sellerSince', { date: formatDate(seller.profile.created_at) })}
                      </span>
                    </>
                  ) : userLabel(ad.seller)}
                </dd>
              </div>
            ) : null}
            {ad.created_at ? <div className="details__row"><dt>{t('ad.posted')}</dt><dd>{formatDate(ad.created_at)}</dd></div> : null}
          </dl>
          {canManage ? (
            <div className="card card--muted">
              <p>{mine ? t('ad.mine') : t('ad.asAdmin')}</p>
              {withdraw.message ? <Alert>{withdraw.message}</Alert> : null}
              <div className="actions">
                <Link to={`/marketplace/ads/${ad.id}/edit`} className="button button--secondary">{t('common.edit')}</Link>
                {ad.status !== 'withdrawn' ? (
                  <button type="button" className="button button--danger-ghost" onClick={() => setConfirmWithdraw(true)}>{t('ad.withdraw')}</button>
                ) : null}
              </div>
            </div>
          ) : me ? (
            <>
              <BuyPanel ad={ad} />
              <ContactButton adId={ad.id} label={t('chat.contactSeller')} />
            </>
          ) : (
            <p className="card card--muted">
              <Trans i18nKey="ad.signInToBuy" components={{ signIn: <Link to="/login" state={{ from: location.pathname }} /> }} />
            </p>
          )}
        </div>
      </div>
      <section className="ad-detail__description" aria-labelledby="description-title">
        <h2 id="description-title">{t('fields.description')}</h2>
        <p className="prewrap">{ad.description || t('ad.noDescription')}</p>
      </section>
      <ConfirmDialog
        open={confirmWithdraw}
        title={t('ad.withdrawTitle')}
        confirmLabel={t('ad.withdrawConfirm')}
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
        <p>{t('ad.withdrawText', { title: ad.title })}</p>
      </ConfirmDialog>
    </section>
  );
}
