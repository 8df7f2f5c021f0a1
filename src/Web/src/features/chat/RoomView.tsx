import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../api/session';
import { ErrorState, PageLoading } from '../../components/Feedback';
import { MediaImage } from '../../components/MediaImage';
import { formatTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { newUuid } from '../../lib/uuid';
import { chatApi, roomTitle, type ChatMessage, type ChatUser } from './chatApi';
import { useRoomSocket } from './useRoomSocket';

interface Pending { clientId: string; body: string }

/** One room: infinite history upwards, live messages, typing and read markers, and the box to write in. */
export function RoomView() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const id = Number(roomId);
  const me = useSession((s) => s.session?.user.id);
  const room = useAsync((signal) => chatApi.room(id, signal), [id]);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [older, setOlder] = useState<number | null>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [reads, setReads] = useState<Record<number, number>>({});
  const [typing, setTyping] = useState<ChatUser | null>(null);
  const [online, setOnline] = useState<number[]>([]);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const lastIdRef = useRef(0);
  const listRef = useRef<HTMLOListElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const typingSent = useRef(0);

  const add = useCallback((incoming: ChatMessage[]) => {
    setMessages((current) => {
      const byId = new Map(current.map((m) => [m.id, m]));
      for (const m of incoming) byId.set(m.id, m);
      const all = [...byId.values()].sort((a, b) => a.id - b.id);
      lastIdRef.current = Math.max(lastIdRef.current, all.at(-1)?.id ?? 0);
      return all;
    });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setMessages([]);
    lastIdRef.current = 0;
    chatApi.history(id, undefined, controller.signal).then((page) => {
      add(page.results);
      setOlder(page.next ? page.results.at(-1)?.id ?? null : null);
    }, () => undefined);
    return () => controller.abort();
  }, [id, add]);

  const { state, send } = useRoomSocket(id, () => lastIdRef.current, {
    onMessage: (message) => {
      add([message]);
      if (message.client_id) setPending((p) => p.filter((x) => x.clientId !== message.client_id));
      setTyping((who) => (who?.id === message.author.id ? null : who));
      window.dispatchEvent(new Event('agrovet:chat-activity'));
    },
    onChange: (message) => add([message]),
    onRead: (user, messageId) => setReads((r) => ({ ...r, [user.id]: messageId })),
    onTyping: (user) => {
      if (user.id === me) return;
      setTyping(user);
      clearTimeout(typingTimer.current);
      typingTimer.current = setTimeout(() => setTyping(null), 4000);
    },
    onPresence: (user, isOnline) => setOnline((o) => (isOnline ? [...new Set([...o, user.id])] : o.filter((x) => x !== user.id))),
    onHello: setOnline,
    onError: (_code, detail) => setProblem(detail),
  });

  // What is on screen is read: move the marker (the server never moves it back).
  const newest = messages.at(-1)?.id ?? 0;
  useEffect(() => {
    if (newest > 0 && document.visibilityState === 'visible' && state === 'open') {
      send({ type: 'read', message_id: newest });
      window.dispatchEvent(new Event('agrovet:chat-activity'));
    }
    listRef.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [newest, state, send]);

  const loadOlder = async () => {
    if (older === null) return;
    const page = await chatApi.history(id, older);
    add(page.results);
    setOlder(page.next ? page.results.at(-1)?.id ?? null : null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = draft.trim();
    if (!body) return;
    const clientId = newUuid();
    if (send({ type: 'message', body, client_id: clientId })) {
      setPending((p) => [...p, { clientId, body }]);
      setDraft('');
      setProblem(null);
    } else {
      setProblem(t('chat.offline'));
    }
  };

  if (room.error) return <ErrorState error={room.error} onRetry={room.reload} />;
  if (!room.data) return <PageLoading />;
  const others = room.data.members.filter((m) => m.id !== me);
  const readBy = (message: ChatMessage) =>
    message.author.id === me ? others.filter((o) => (reads[o.id] ?? 0) >= message.id).map((o) => o.username) : [];

  return (
    <section className="chat__room-view" aria-labelledby="room-title">
      <header className="chat__header">
        <h1 id="room-title">{roomTitle(room.data, me)}</h1>
        <p className="chat__status" role="status">
          {state === 'open' ? t('chat.online', { count: online.filter((o) => o !== me).length }) : t(`chat.state.${state}`)}
        </p>
      </header>
      {older !== null ? <button type="button" className="button button--ghost" onClick={() => void loadOlder()}>{t('chat.older')}</button> : null}
      <ol className="chat__messages" ref={listRef} aria-live="polite" aria-label={t('chat.messages')}>
        {messages.map((m) => (
          <li key={m.id} className={`chat__message ${m.author.id === me ? 'is-mine' : ''}`} data-testid="chat-message">
            <span className="chat__author">{m.author.username}</span>
            {m.deleted ? <em>{t('chat.deleted')}</em> : <p className="chat__body">{m.body}</p>}
            {m.media_ids.map((media) => <MediaImage key={media} id={media} alt={t('chat.imageFrom', { name: m.author.username })} size="thumbnail" />)}
            <span className="chat__time">{formatTime(m.created_at)}{m.edited_at ? ` · ${t('chat.edited')}` : ''}</span>
            {readBy(m).length > 0 ? <span className="chat__read" data-testid="read-marker">{t('chat.readBy', { names: readBy(m).join(', ') })}</span> : null}
          </li>
        ))}
        {pending.map((p) => (
          <li key={p.clientId} className="chat__message is-mine is-pending">
            <p className="chat__body">{p.body}</p>
            <span className="chat__time">{t('chat.sending')}</span>
          </li>
        ))}
      </ol>
      {typing ? <p className="chat__typing">{t('chat.typing', { name: typing.username })}</p> : null}
      {problem ? <p className="chat__problem" role="alert">{problem}</p> : null}
      <form className="chat__compose" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="chat-draft">{t('chat.write')}</label>
        <textarea
          id="chat-draft"
          value={draft}
          maxLength={4000}
          rows={2}
          placeholder={t('chat.write')}
          onChange={(event) => {
            setDraft(event.target.value);
            if (Date.now() - typingSent.current > 2000) {
              typingSent.current = Date.now();
              send({ type: 'typing' });
            }
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) submit(event);
          }}
        />
        <button type="submit" className="button button--primary">{t('chat.send')}</button>
      </form>
    </section>
  );
}
