import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../api/session';
import { EmptyState, ErrorState, SkeletonRows } from '../../components/Feedback';
import { formatTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { chatApi, roomTitle } from './chatApi';

/** My rooms, most recently active first, with the last message and an unread badge; refreshed every 15 s. */
export function RoomList() {
  const { t } = useTranslation();
  const me = useSession((s) => s.session?.user.id);
  const rooms = useAsync((signal) => chatApi.rooms(1, signal), []);
  const { reload } = rooms;

  useEffect(() => {
    const timer = setInterval(reload, 15_000);
    window.addEventListener('agrovet:chat-activity', reload);
    return () => {
      clearInterval(timer);
      window.removeEventListener('agrovet:chat-activity', reload);
    };
  }, [reload]);

  if (rooms.error) return <ErrorState error={rooms.error} onRetry={reload} />;
  if (!rooms.data) return <SkeletonRows rows={4} columns={1} />;
  if (rooms.data.results.length === 0) {
    return <EmptyState title={t('chat.noRooms')}>{t('chat.noRoomsHint')}</EmptyState>;
  }

  return (
    <nav className="chat__rooms" aria-label={t('chat.rooms')}>
      <ul>
        {rooms.data.results.map((room) => {
          const last = room.last_message;
          const preview = last
            ? last.deleted ? t('chat.deleted') : last.body || t('chat.image', { count: last.media_count })
            : t('chat.noMessages');
          return (
            <li key={room.id}>
              <NavLink to={`/chat/${room.id}`} className="chat__room">
                <span className="chat__room-title">{roomTitle(room, me)}</span>
                {room.unread_count > 0 ? (
                  <span className="badge" data-testid="unread-badge">
                    {room.unread_count}
                    <span className="visually-hidden"> {t('chat.unread', { count: room.unread_count })}</span>
                  </span>
                ) : null}
                <span className="chat__room-preview">{last ? `${last.author.username}: ${preview}` : preview}</span>
                <span className="chat__room-time">{formatTime(room.last_activity_at)}</span>
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
