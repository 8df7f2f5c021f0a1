import { api } from '../../api/client';
import type { Page } from '../../api/types';

export interface ChatUser { id: number; username: string }

export interface ChatMessage {
  type: 'message' | 'edit' | 'delete';
  id: number;
  room_id: number;
  author: ChatUser;
  body: string;
  media_ids: string[];
  created_at: string;
  edited_at: string | null;
  deleted: boolean;
  client_id: string | null;
}

export interface ChatRoom {
  id: number;
  kind: 'direct' | 'group' | 'ad';
  name: string | null;
  owner_id: number | null;
  ad: { id: number; title: string; seller_id: number; status: string } | null;
  members: ChatUser[];
  last_message: { id: number; author: ChatUser; body: string; media_count: number; deleted: boolean; created_at: string } | null;
  unread_count: number;
  read_up_to: number;
  last_activity_at: string;
  created_at: string;
}

export interface HistoryPage { next: string | null; results: ChatMessage[] }

/** Chat — `/api/chat/`. */
export const chatApi = {
  rooms: (page: number, signal?: AbortSignal) => api.get<Page<ChatRoom>>('/api/chat/rooms/', { page }, signal),
  room: (id: number | string, signal?: AbortSignal) => api.get<ChatRoom>(`/api/chat/rooms/${id}/`, undefined, signal),
  openDirect: (userId: number) => api.post<ChatRoom>('/api/chat/rooms/', { kind: 'direct', user_id: userId }),
  openAd: (adId: number) => api.post<ChatRoom>('/api/chat/rooms/', { kind: 'ad', ad_id: adId }),
  history: (roomId: number | string, before?: number, signal?: AbortSignal) =>
    api.get<HistoryPage>(`/api/chat/rooms/${roomId}/messages/`, { before, limit: 30 }, signal),
  read: (roomId: number | string, messageId: number) => api.post<void>(`/api/chat/rooms/${roomId}/read/`, { message_id: messageId }),
  unread: (signal?: AbortSignal) => api.get<{ total: number; rooms: number }>('/api/chat/unread/', undefined, signal),
};

/** How a room is called in the list: the group's name, the ad's title, or the other person. */
export function roomTitle(room: ChatRoom, me: number | undefined): string {
  if (room.kind === 'group') return room.name ?? '';
  const other = room.members.find((m) => m.id !== me)?.username ?? '';
  return room.kind === 'ad' && room.ad ? `${room.ad.title} · ${other}` : other;
}
