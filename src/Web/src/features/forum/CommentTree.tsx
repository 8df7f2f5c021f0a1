import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { formatDate } from '../../lib/format';
import { forumApi, type ForumComment } from './forumApi';
import { MarkdownEditor } from './MarkdownEditor';
import { VoteButtons } from './VoteButtons';

interface Props { comments: ForumComment[]; postId: number; locked: boolean; moderator: boolean; sort: string; onChanged: () => void }

/** The threaded comments: collapse and expand a branch, answer, and "continue this thread" where the server stopped. */
export function CommentTree(props: Props) {
  return (
    <ul className="comment-tree">
      {props.comments.map((c) => <CommentNode key={c.id} comment={c} {...props} />)}
    </ul>
  );
}

function CommentNode({ comment, ...props }: Props & { comment: ForumComment }) {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.session !== null);
  const [collapsed, setCollapsed] = useState(false);
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const [continued, setContinued] = useState<ForumComment[] | null>(null);
  const answer = async () => {
    await forumApi.comment(props.postId, text, comment.id);
    setText('');
    setReplying(false);
    props.onChanged();
  };
  const more = async () => {
    const branch = await forumApi.replies(comment.id, { sort: props.sort, depth: 10 });
    setContinued(branch.comments[0]?.replies ?? []);
  };
  const replies = continued ?? comment.replies;
  return (
    <li className="comment" data-comment-id={comment.id}>
      <div className="comment__head">
        <button type="button" className="link-button" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? '[+]' : '[−]'}
        </button>{' '}
        <strong>{comment.author?.username ?? t('forum.deleted')}</strong> <span className="muted">{formatDate(comment.created_at)}</span>
      </div>
      {collapsed ? null : (
        <>
          <div className="comment__body" dangerouslySetInnerHTML={{ __html: comment.body_html }} />
          <div className="comment__actions">
            {comment.deleted ? null : <VoteButtons kind="comments" id={comment.id} score={comment.score} myVote={comment.my_vote} />}
            {signedIn && !comment.deleted && (!props.locked || props.moderator) ? (
              <button type="button" className="link-button" onClick={() => setReplying(!replying)}>{t('forum.reply')}</button>
            ) : null}
            {props.moderator && !comment.deleted ? (
              <button type="button" className="link-button" onClick={() => void forumApi.moderate('comments', comment.id, comment.removed ? 'restore' : 'remove').then(props.onChanged)}>
                {comment.removed ? t('forum.restore') : t('forum.remove')}
              </button>
            ) : null}
          </div>
          {replying ? (
            <form onSubmit={(e) => { e.preventDefault(); void answer(); }}>
              <MarkdownEditor id={`reply-${comment.id}`} label={t('forum.reply')} hideLabel tabsLabel={t('forum.answerTabs')} value={text} onChange={setText} required />
              <button type="submit" className="button">{t('forum.send')}</button>
            </form>
          ) : null}
          {replies.length > 0 ? <CommentTree {...props} comments={replies} /> : null}
          {comment.more_replies > 0 && continued === null ? (
            <button type="button" className="link-button" onClick={() => void more()}>
              {t('forum.continueThread', { count: comment.more_replies })}
            </button>
          ) : null}
        </>
      )}
    </li>
  );
}
