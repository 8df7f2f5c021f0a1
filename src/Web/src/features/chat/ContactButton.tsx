import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/problem';
import { useSession } from '../../api/session';
import { chatApi } from './chatApi';
import { usePlatformServices } from '../../api/platform';

/** "Contact the seller" on an ad, "Consult" on a specialist's profile: opens (or finds again) the room and goes there. */
export function ContactButton({ adId, userId, label }: { adId?: number; userId?: number; label: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSession((s) => s.session?.user.id);
  const deployed = usePlatformServices().has('chat');
  const [problem, setProblem] = useState<string | null>(null);
  if (!deployed || (userId !== undefined && userId === me)) return null;

  const open = async () => {
    if (me === undefined) {
      navigate('/login', { state: { from: window.location.pathname } });
      return;
    }
    try {
      const room = adId !== undefined ? await chatApi.openAd(adId) : await chatApi.openDirect(userId!);
      navigate(`/chat/${room.id}`);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : t('chat.openFailed'));
    }
  };

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void open()}>{label}</button>
      {problem ? <p role="alert" className="chat__problem">{problem}</p> : null}
    </>
  );
}
