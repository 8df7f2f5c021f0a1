import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { profilesApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import { useSession } from '../../api/session';
import type { Profile } from '../../api/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorState, PageLoading } from '../../components/Feedback';
import { MediaImage } from '../../components/MediaImage';
import { formatDate, formatNumber } from '../../lib/format';
import { enumLabel, fieldLabel } from '../../lib/labels';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { kindInfo } from './kinds';
import { Icon } from '../../components/Icon';
import { ContactButton } from '../chat/ContactButton';
import { ForumKarma } from './ForumKarma';
import { ProfileAds } from './ProfileAds';

export function ProfileDetailPage() {
  const { t } = useTranslation();
  const { kind, id } = useParams();
  const info = kindInfo(kind);
  const me = useSession((s) => s.session?.user ?? null);
  const { data: profile, error, loading, reload } = useAsync<Profile | null>(
    (signal) => (info && id ? profilesApi.get(info.kind, id, signal) : Promise.resolve(null)),
    [info?.kind, id],
  );
  useDocumentTitle(profile?.display_name ?? t('profiles.profile'));

  if (!info || (error instanceof ApiError && error.status === 404)) return <NotFoundPage />;
  if (error) return <section className="page"><ErrorState error={error} onRetry={reload} /></section>;
  if (loading || !profile) return <PageLoading />;

  const record = profile as unknown as Record<string, unknown>;
  const mine = me?.id === profile.user.id;

  return (
    <section className="page page--narrow">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to={`/profiles?kind=${info.kind}`}>{enumLabel('profileKind', info.kind)}</Link> <span aria-hidden="true">›</span> <span>{profile.display_name}</span>
      </nav>
      <article className="card profile">
        <header className="profile__header">
          <MediaImage id={profile.avatar} alt={t('profiles.avatarOf', { name: profile.display_name || profile.user.username })} className="avatar avatar--large" fallback="user" size="thumbnail" />
          <div>
            <h1>{profile.display_name || profile.user.username}</h1>
            <p className="muted">
              @{profile.user.username} · {t(`profiles.singular.${info.kind}`)}
              {profile.region ? <> · <Icon name="pin" /> {profile.region_name ?? profile.region}</> : null}
            </p>
          </div>
        </header>
        {profile.bio ? <p className="profile__bio">{profile.bio}</p> : null}
        {!mine && me ? (
          <ContactButton userId={profile.user.id} label={info.kind === 'specialists' ? t('chat.consult') : t('chat.message')} />
        ) : null}
        <dl className="details">
          {info.fields.map((field) => {
            const value = record[field.name];
            const text = Array.isArray(value)
              ? value.join(', ')
              : value === null || value === undefined || value === '' ? '—' : typeof value === 'number' ? formatNumber(value) : String(value);
            return (
              <div key={field.name} className="details__row">
                <dt>{fieldLabel(field.name)}</dt>
                <dd>{text}</dd>
              </div>
            );
          })}
          <div className="details__row">
            <dt>{t('profiles.since')}</dt>
            <dd>{formatDate(profile.created_at)}</dd>
          </div>
          <ForumKarma userId={profile.user.id} />
        </dl>
        {mine ? <Link to="/profile" className="button button--secondary">{t('profiles.editMine')}</Link> : null}
      </article>
      {info.kind !== 'consumers' ? <ProfileAds userId={profile.user.id} /> : null}
    </section>
  );
}
