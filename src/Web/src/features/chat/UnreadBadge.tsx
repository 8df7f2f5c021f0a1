import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { chatApi } from './chatApi';

/** The header's new-message badge: unread messages in all my rooms, refreshed every 20 s and on chat activity. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.session !== null);
  const [total, setTotal] = useState(0);

  useEffect(() => {
    if (!signedIn) return undefined;
    const controller = new AbortController();
    const load = () => void chatApi.unread(controller.signal).then((u) => setTotal(u.total), () => undefined);
    load();
    const timer = setInterval(load, 20_000);
    window.addEventListener('agrovet:chat-activity', load);
    return () => {
      controller.abort();
      clearInterval(timer);
      window.removeEventListener('agrovet:chat-activity', load);
    };
  }, [signedIn]);

  if (!signedIn || total === 0) return null;
  return (
    <span className="badge badge--nav" data-testid="chat-badge">
      {total}
      <span className="visually-hidden"> {t('chat.unread', { count: total })}</span>
    </span>
  );
}
