import { useEffect, useRef, useState } from 'react';
import { authApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import type { ChatMessage, ChatUser } from './chatApi';

export type SocketState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface RoomEvents {
  onMessage: (message: ChatMessage) => void;
  onChange: (message: ChatMessage) => void;
  onRead: (user: ChatUser, messageId: number) => void;
  onTyping: (user: ChatUser) => void;
  onPresence: (user: ChatUser, online: boolean) => void;
  onHello: (online: number[]) => void;
  onError: (code: string, detail: string) => void;
}

/** Close codes after which reconnecting is pointless (see the chat service's README). */
const FINAL = new Set([1008, 1009, 4003]);

/**
 * A room's WebSocket that reconnects by itself (after a network drop, a restarted instance, an expired token) with
 * `?since=` the last message it had and `&since_change=` the last edit or delete it saw, so nothing is missed or shown
 * twice.
 */
export function useRoomSocket(roomId: number, lastId: () => number, events: RoomEvents) {
  const [state, setState] = useState<SocketState>('connecting');
  const socketRef = useRef<WebSocket | null>(null);
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const lastIdRef = useRef(lastId);
  lastIdRef.current = lastId;
  // The room's change number (edits and deletes) this page is up to: from the first hello, then every change frame.
  const lastChangeRef = useRef(-1);

  useEffect(() => {
    lastChangeRef.current = -1;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const retry = () => {
      setState('reconnecting');
      attempt += 1;
      timer = setTimeout(() => void connect(), Math.min(10_000, 500 * 2 ** Math.min(attempt, 5)));
    };

    const connect = async () => {
      if (stopped || !useSession.getState().session) return;
      // A single-use ticket rather than the token on the URL: the server keeps a socket's URL for its whole life.
      let ticket: string;
      try {
        ticket = (await authApi.socketTicket()).ticket;
      } catch {
        if (!stopped && useSession.getState().session) retry();
        return;
      }
      if (stopped) return;
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      const since = lastIdRef.current();
      const sinceChange = lastChangeRef.current;
      const url = `${scheme}://${window.location.host}/ws/chat/${roomId}/?ticket=${encodeURIComponent(ticket)}`
        + `${since > 0 ? `&since=${since}` : ''}${sinceChange >= 0 ? `&since_change=${sinceChange}` : ''}`;
      const socket = new WebSocket(url);
      socketRef.current = socket;
      socket.onopen = () => {
        attempt = 0;
        setState('open');
      };
      socket.onmessage = (event: MessageEvent<string>) => {
        const frame = JSON.parse(event.data) as { type: string } & Record<string, unknown>;
        const on = eventsRef.current;
        switch (frame.type) {
          case 'message': on.onMessage(frame as unknown as ChatMessage); break;
          case 'edit':
          case 'delete':
            if (typeof frame.change === 'number') lastChangeRef.current = Math.max(lastChangeRef.current, frame.change);
            on.onChange(frame as unknown as ChatMessage);
            break;
          case 'read': on.onRead(frame.user as ChatUser, frame.message_id as number); break;
          case 'typing': on.onTyping(frame.user as ChatUser); break;
          case 'presence': on.onPresence(frame.user as ChatUser, frame.online as boolean); break;
          case 'hello':
            if (lastChangeRef.current < 0 && typeof frame.last_change === 'number') lastChangeRef.current = frame.last_change;
            on.onHello(frame.online as number[]);
            break;
          case 'error': on.onError(frame.code as string, frame.detail as string); break;
          default: break;
        }
      };
      socket.onclose = (event) => {
        socketRef.current = null;
        if (stopped) return;
        if (FINAL.has(event.code)) {
          setState('closed');
          return;
        }
        retry();
      };
    };

    const online = () => {
      if (!socketRef.current) {
        clearTimeout(timer);
        void connect();
      }
    };
    window.addEventListener('online', online);
    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', online);
      socketRef.current?.close(1000, 'leaving');
    };
  }, [roomId]);

  const send = (frame: Record<string, unknown>) => {
    const socket = socketRef.current;
    if (socket?.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(frame));
    return true;
  };

  return { state, send };
}
