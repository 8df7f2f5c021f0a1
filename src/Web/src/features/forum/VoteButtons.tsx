import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { forumApi } from './forumApi';

/** Up and down: the new score shows at once and settles with the server's totals (or goes back if refused). */
export function VoteButtons({ kind, id, score, myVote }: { kind: 'posts' | 'comments'; id: number; score: number; myVote: number }) {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.session !== null);
  const [state, setState] = useState({ score, myVote });
  const vote = async (value: number) => {
    const next = state.myVote === value ? 0 : value;
    const before = state;
    setState({ score: state.score - state.myVote + next, myVote: next });
    try {
      const result = await forumApi.vote(kind, id, next);
      setState({ score: result.score, myVote: result.my_vote });
    } catch {
      setState(before);
    }
  };
  return (
    <div className="forum-vote" role="group" aria-label={t('forum.votes')}>
      <button type="button" className={state.myVote === 1 ? 'is-active' : ''} aria-pressed={state.myVote === 1}
        disabled={!signedIn} onClick={() => void vote(1)} aria-label={t('forum.upvote')}>▲</button>
      <span className="forum-vote__score" data-testid={`score-${kind}-${id}`}>{state.score}</span>
      <button type="button" className={state.myVote === -1 ? 'is-active' : ''} aria-pressed={state.myVote === -1}
        disabled={!signedIn} onClick={() => void vote(-1)} aria-label={t('forum.downvote')}>▼</button>
    </div>
  );
}
