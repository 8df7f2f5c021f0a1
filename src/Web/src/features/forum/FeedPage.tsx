import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/session';
import { EmptyState, ErrorState, SkeletonRows } from '../../components/Feedback';
import { formatDate } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { FEED_SORTS, forumApi } from './forumApi';
import { VoteButtons } from './VoteButtons';

/** A community's feed (or the home feed) with sort tabs and keyset pages. */
export function FeedPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const signedIn = useSession((s) => s.session !== null);
  const [sort, setSort] = useState<(typeof FEED_SORTS)[number]>('hot');
  const [path, setPath] = useState<string | null>(null);
  const community = useAsync((signal) => (slug ? forumApi.community(slug, signal) : Promise.resolve(null)), [slug]);
  const feed = useAsync((signal) => forumApi.feed({ community: slug, sort }, path, signal), [slug, sort, path]);
  const communities = useAsync((signal) => forumApi.communities({ page_size: 50 }, signal), []);
  useDocumentTitle(community.data?.name ?? t('nav.forum'));

  const toggleMembership = async () => {
    if (!community.data) return;
    if (community.data.joined) await forumApi.leave(community.data.slug);
    else await forumApi.join(community.data.slug);
    community.reload();
  };

  return (
    <section className="forum">
      <header className="forum__header">
        <h1>{community.data?.name ?? t('forum.home')}</h1>
        {community.data ? <p className="lead">{community.data.description}</p> : null}
        <div className="forum__actions">
          {signedIn ? <Link className="button" to={slug ? `/forum/new?community=${slug}` : '/forum/new'}>{t('forum.ask')}</Link> : null}
          {signedIn && community.data ? (
            <button type="button" className="button button--secondary" onClick={() => void toggleMembership()}>
              {community.data.joined ? t('forum.leave') : t('forum.join')}
            </button>
          ) : null}
          {community.data?.is_moderator ? <Link to={`/forum/c/${community.data.slug}/reports`}>{t('forum.queue')}</Link> : null}
        </div>
      </header>
      <div className="forum__layout">
        <div>
          <div className="tabs" role="tablist" aria-label={t('forum.sortBy')}>
            {FEED_SORTS.map((s) => (
              <button key={s} type="button" role="tab" aria-selected={sort === s} className={sort === s ? 'is-active' : ''}
                onClick={() => { setSort(s); setPath(null); }}>{t(`forum.sort.${s}`)}</button>
            ))}
          </div>
          {feed.error ? <ErrorState error={feed.error} onRetry={feed.reload} /> : null}
          {!feed.data && feed.loading ? <SkeletonRows rows={5} columns={1} /> : null}
          {feed.data ? (
            <>
              <p className="muted">{t('forum.postCount', { count: feed.data.count })}</p>
              {feed.data.results.length === 0 ? <EmptyState title={t('forum.noPosts')} /> : null}
              <ol className="forum-list">
                {feed.data.results.map((post) => (
                  <li key={post.id} className={`forum-card ${post.removed ? 'is-removed' : ''}`}>
                    <VoteButtons kind="posts" id={post.id} score={post.score} myVote={post.my_vote} />
                    <div>
                      <h2 className="forum-card__title"><Link to={`/forum/p/${post.id}`}>{post.removed ? `[${t('forum.removed')}] ` : ''}{post.title}</Link></h2>
                      <p className="muted">
                        <Link to={`/forum/c/${post.community.slug}`}>{post.community.name}</Link> · {post.author.username} · {formatDate(post.created_at)}
                        {' · '}{t('forum.commentCount', { count: post.comment_count })}{post.locked ? ` · ${t('forum.locked')}` : ''}
                      </p>
                    </div>
                  </li>
                ))}
              </ol>
              <nav className="pagination" aria-label={t('forum.pages')}>
                <button type="button" disabled={!feed.data.previous} onClick={() => setPath(feed.data?.previous ?? null)}>{t('forum.previous')}</button>
                <button type="button" disabled={!feed.data.next} onClick={() => setPath(feed.data?.next ?? null)}>{t('forum.next')}</button>
              </nav>
            </>
          ) : null}
        </div>
        <aside className="forum__aside" aria-label={t('forum.communities')}>
          <h2>{t('forum.communities')}</h2>
          <ul>
            {communities.data?.results.map((c) => (
              <li key={c.slug}><Link to={`/forum/c/${c.slug}`}>{c.name}</Link> <span className="muted">{t('forum.memberCount', { count: c.member_count })}</span></li>
            ))}
          </ul>
          {signedIn ? <Link to="/forum/communities/new">{t('forum.newCommunity')}</Link> : null}
        </aside>
      </div>
    </section>
  );
}
