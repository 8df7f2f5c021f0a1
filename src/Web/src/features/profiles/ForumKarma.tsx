import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { forumApi } from '../forum/forumApi';

/**
 * The user's forum card on their profile (GET /api/foro/users/{id}/): karma, the sum of the scores of their posts and
 * comments, and how many of each. Rows of the profile's details list; nothing when the forum does not know them or
 * does not answer (the profile stands without it).
 */
export function ForumKarma({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const { data, error, loading } = useAsync((signal) => forumApi.user(userId, signal), [userId]);
  if (error || (!loading && !data)) return null;
  const value = (n: number | undefined) => (n === undefined ? '…' : formatNumber(n));
  return (
    <>
      <div className="details__row" data-testid="forum-karma">
        <dt>{t('profiles.forum.karma')}</dt>
        <dd title={t('profiles.forum.karmaHelp')}>{value(data?.karma)}</dd>
      </div>
      <div className="details__row">
        <dt>{t('profiles.forum.posts')}</dt>
        <dd>{value(data?.posts)}</dd>
      </div>
      <div className="details__row">
        <dt>{t('profiles.forum.comments')}</dt>
        <dd>{value(data?.comments)}</dd>
      </div>
    </>
  );
}
