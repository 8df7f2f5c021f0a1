import { api, apiFetch } from '../../api/client';
import type { Query } from '../../api/client';
import type { components } from '../../api/generated/forum';
import type { Page } from '../../api/types';

/** Forum — `/api/foro/` (src/Services/Forum/README.md). */
export interface ForumAuthor { id: number; username: string }
export interface CommunityRef { id: number; slug: string; name: string }

export interface Community {
  id: number; slug: string; name: string; description: string; rules: string; creator: ForumAuthor; created_at: string;
  member_count: number; post_count: number; joined: boolean; is_moderator: boolean; moderators: ForumAuthor[] | null;
}

export interface Post {
  id: number; community: CommunityRef; title: string; body: string | null; body_html: string | null; link: string | null;
  media_ids: string[]; author: ForumAuthor; score: number; ups: number; downs: number; comment_count: number; my_vote: number;
  created_at: string; edited_at: string | null; locked: boolean; removed: boolean;
}

export interface ForumComment {
  id: number; post_id: number; parent_id: number | null; depth: number; author: ForumAuthor | null; body: string; body_html: string;
  score: number; ups: number; downs: number; my_vote: number; created_at: string; edited_at: string | null; deleted: boolean;
  removed: boolean; replies: ForumComment[]; more_replies: number;
}

export interface Thread { post_id: number; sort: string; format: string; count: number; comments: ForumComment[]; more: number }
export interface VoteResult { my_vote: number; score: number; ups: number; downs: number }
export interface ForumReport {
  id: number; post_id: number; comment_id: number | null; excerpt: string; reason: string; reporter: ForumAuthor;
  created_at: string; resolved_at: string | null; resolution: string | null;
}

/** A user's forum card: karma (the sum of their posts' and comments' scores) and how many posts and comments. */
export type ForumUser = components['schemas']['KarmaResponse'];
/** The server's rendering of a Markdown body, as publishing it would store it. */
export type MarkdownPreview = components['schemas']['MarkdownPreviewResponse'];

export const FEED_SORTS = ['hot', 'new', 'top', 'best', 'controversial'] as const;
export const COMMENT_SORTS = ['best', 'top', 'new', 'old', 'controversial'] as const;

const base = '/api/foro';
export const forumApi = {
  communities: (query: Query, signal?: AbortSignal) => api.get<Page<Community>>(`${base}/communities/`, query, signal),
  community: (slug: string, signal?: AbortSignal) => api.get<Community>(`${base}/communities/${slug}/`, undefined, signal),
  createCommunity: (body: { name: string; description: string; rules: string }) => api.post<Community>(`${base}/communities/`, body),
  join: (slug: string) => api.post<{ joined: boolean; member_count: number }>(`${base}/communities/${slug}/join/`),
  leave: (slug: string) => api.delete(`${base}/communities/${slug}/join/`),
  /** A feed page; `path` is a next/previous link as the server wrote it, or null for the first page. */
  feed: (query: Query, path: string | null, signal?: AbortSignal) =>
    path ? api.get<Page<Post>>(new URL(path).pathname + new URL(path).search, undefined, signal) : api.get<Page<Post>>(`${base}/posts/`, query, signal),
  post: (id: string | number, signal?: AbortSignal) => api.get<Post>(`${base}/posts/${id}/`, undefined, signal),
  createPost: (body: Record<string, unknown>) => api.post<Post>(`${base}/posts/`, body),
  preview: (body: string, signal?: AbortSignal) => apiFetch<MarkdownPreview>(`${base}/preview/`, { method: 'POST', body: { body }, signal }),
  user: (id: number, signal?: AbortSignal) => api.get<ForumUser>(`${base}/users/${id}/`, undefined, signal),
  thread: (postId: string | number, query: Query, signal?: AbortSignal) => api.get<Thread>(`${base}/posts/${postId}/comments/`, query, signal),
  replies: (commentId: number, query: Query) => api.get<Thread>(`${base}/comments/${commentId}/replies/`, query),
  comment: (postId: string | number, body: string, parentId: number | null) =>
    api.post<ForumComment>(`${base}/posts/${postId}/comments/`, { body, parent_id: parentId }),
  vote: (kind: 'posts' | 'comments', id: number, value: number) => api.post<VoteResult>(`${base}/${kind}/${id}/react/`, { value }),
  moderate: (kind: 'posts' | 'comments', id: number, action: 'remove' | 'restore' | 'lock' | 'unlock') =>
    api.post<{ id: number; removed: boolean; locked: boolean }>(`${base}/${kind}/${id}/${action}/`),
  report: (kind: 'posts' | 'comments', id: number, reason: string) => api.post<ForumReport>(`${base}/${kind}/${id}/report/`, { reason }),
  reports: (slug: string, query: Query, signal?: AbortSignal) => api.get<Page<ForumReport>>(`${base}/communities/${slug}/reports/`, query, signal),
  resolve: (id: number, action: 'remove' | 'dismiss') => api.post<ForumReport>(`${base}/reports/${id}/resolve/`, { action }),
};
