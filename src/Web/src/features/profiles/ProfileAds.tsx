import { useTranslation } from 'react-i18next';
import { marketApi } from '../../api/endpoints';
import { ErrorState, SkeletonCards } from '../../components/Feedback';
import { useAsync } from '../../lib/useAsync';
import { AdCard } from '../marketplace/AdCard';

const SHOWN = 12;

/** The seller's active ads (GET /api/adds/?seller=), newest first. */
export function ProfileAds({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useAsync((signal) => marketApi.search({ seller: userId, ordering: '-created_at', page_size: SHOWN }, signal), [userId]);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!loading && data && data.results.length === 0) return null;
  return (
    <section className="profile-ads" aria-labelledby="profile-ads-title">
      <h2 id="profile-ads-title">{t('profiles.activeAds')}</h2>
      {loading && !data ? <SkeletonCards count={3} /> : (
        <ul className="card-grid">
          {data!.results.map((ad) => <li key={ad.id}><AdCard ad={ad} /></li>)}
        </ul>
      )}
    </section>
  );
}
