import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/session';
import { Alert, ErrorState, PageLoading } from '../../components/Feedback';
import { errorMessage } from '../../api/problem';
import { formatDate } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { CommentTree } from './CommentTree';
import { COMMENT_SORTS, forumApi } from './forumApi';
import { MarkdownEditor } from './MarkdownEditor';
import { VoteButtons } from './VoteButtons';

/** A post, its moderation tools, and its whole thread sorted alike at every level. */
export function PostPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const signedIn = useSession((s) => s.session !== null);
  const [sort, setSort] = useState<(typeof COMMENT_SORTS)[number]>('best');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const post = useAsync((signal) => forumApi.post(id, signal), [id]);
  const community = useAsync((signal) => (post.data ? forumApi.community(post.data.community.slug, signal) : Promise.resolve(null)), [post.data?.community.slug]);
  const thread = useAsync((signal) => forumApi.thread(id, { sort }, signal), [id, sort]);
  useDocumentTitle(post.data?.title ?? t('nav.forum'));
  if (post.error) return <ErrorState error={post.error} onRetry={post.reload} />;
  if (!post.data) return <PageLoading />;
  const p = post.data;
  const moderator = community.data?.is_moderator ?? false;
  const moderate = async (action: 'remove' | 'restore' | 'lock' | 'unlock') => {
    await forumApi.moderate('posts', p.id, action);
    post.reload();
  };
  const answer = async () => {
    try {
      await forumApi.comment(p.id, text, null);
      setText('');
      setProblem(null);
      thread.reload();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <article className="forum-post">
      <p className="muted"><Link to={`/forum/c/${p.community.slug}`}>{p.community.name}</Link> · {p.author.username} · {formatDate(p.created_at)}</p>
      <div className="forum-post__head">
        <VoteButtons kind="posts" id={p.id} score={p.score} myVote={p.my_vote} />
        <h1>{p.title}</h1>
      </div>
      {p.locked ? <Alert kind="info">{t('forum.lockedNotice')}</Alert> : null}
      {p.link ? <p><a href={p.link} rel="nofollow ugc noopener" target="_blank">{p.link}</a></p> : null}
      <div className="forum-post__body" dangerouslySetInnerHTML={{ __html: p.body_html ?? '' }} />
      {moderator ? (
        <div className="forum-post__moderation" role="group" aria-label={t('forum.moderation')}>
          <button type="button" className="button button--secondary" onClick={() => void moderate(p.locked ? 'unlock' : 'lock')}>
            {p.locked ? t('forum.unlock') : t('forum.lock')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void moderate(p.removed ? 'restore' : 'remove')}>
            {p.removed ? t('forum.restore') : t('forum.remove')}
          </button>
        </div>
      ) : signedIn ? (
        <button type="button" className="link-button" onClick={() => {
          const reason = window.prompt(t('forum.reportReason'));
          if (reason) void forumApi.report('posts', p.id, reason);
        }}>{t('forum.report')}</button>
      ) : null}
      <section aria-label={t('forum.comments')}>
        <h2>{t('forum.commentCount', { count: thread.data?.count ?? p.comment_count })}</h2>
        {signedIn && (!p.locked || moderator) ? (
          <form className="forum-answer" onSubmit={(e) => { e.preventDefault(); void answer(); }}>
            <MarkdownEditor id="answer" label={t('forum.yourAnswer')} tabsLabel={t('forum.answerTabs')} value={text} onChange={setText} required />
            {problem ? <Alert>{problem}</Alert> : null}
            <button type="submit" className="button">{t('forum.send')}</button>
          </form>
        ) : null}
        <div className="tabs" role="tablist" aria-label={t('forum.sortBy')}>
          {COMMENT_SORTS.map((s) => (
            <button key={s} type="button" role="tab" aria-selected={sort === s} className={sort === s ? 'is-active' : ''}
              onClick={() => setSort(s)}>{t(`forum.sort.${s}`)}</button>
          ))}
        </div>
        {thread.data ? (
          <CommentTree comments={thread.data.comments} postId={p.id} locked={p.locked} moderator={moderator} sort={sort} onChanged={thread.reload} />
        ) : null}
      </section>
    </article>
  );
}
