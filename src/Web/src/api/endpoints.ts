import { api, apiFetch, currentAccessToken } from './client';
import { useSession, sessionFromPair } from './session';
import type {
  Ad, Address, AddressFields, AdminProfile, AdminUser, AuditEntry, CheckoutChoices, Media, Order, Page, Profile, ProfileKind, RegionCountry, SelfServiceRole, SocketTicket, TokenPair, User,
} from './types';
import type { Query } from './client';

/** Auth — `/api/auth/`. */
export const authApi = {
  register: (input: { username: string; email: string; password: string; role: SelfServiceRole }) =>
    apiFetch<User>('/api/auth/register/', { method: 'POST', body: input, auth: false }),

  async login(input: { username: string; password: string }): Promise<User> {
    const pair = await apiFetch<TokenPair>('/api/auth/login/', { method: 'POST', body: input, auth: false });
    useSession.getState().setSession(sessionFromPair(pair));
    return pair.user;
  },

  /** Revokes this session on the server; the browser forgets it whatever the answer. */
  async logout(): Promise<void> {
    const state = useSession.getState();
    if (!state.session) return;
    try {
      // Refresh first when needed, so that the newest refresh token is the one revoked (its family goes with it).
      await currentAccessToken();
      const refresh = useSession.getState().session?.refresh;
      if (refresh) await apiFetch<void>('/api/auth/logout/', { method: 'POST', body: { refresh } });
    } catch {
      // Already revoked, expired or unreachable: signing out locally is what the person asked for.
    } finally {
      useSession.getState().clearSession(null);
    }
  },

  me: (signal?: AbortSignal) => api.get<User>('/api/auth/me/', undefined, signal),

  /** A single-use ticket that opens one WebSocket (`?ticket=`) within 30 seconds, in place of the access token. */
  socketTicket: () => api.post<SocketTicket>('/api/auth/token/socket/'),

  /** Ends every other session; this one continues on the pair the service hands back. */
  async changePassword(input: { current_password: string; new_password: string }): Promise<void> {
    const pair = await api.post<TokenPair>('/api/auth/me/password/', input);
    useSession.getState().setSession(sessionFromPair(pair));
  },

  /** E-mails a reset link when an account has the address; the answer is the same when none has. */
  forgotPassword: (input: { email: string }) =>
    apiFetch<{ detail: string }>('/api/auth/password/forgot/', { method: 'POST', body: input, auth: false }),

  /** Sets a new password with an e-mailed link's token; every session of the account ends. */
  resetPassword: (input: { token: string; new_password: string }) =>
    apiFetch<void>('/api/auth/password/reset/', { method: 'POST', body: input, auth: false }),

  /** Deletes the account for good; the browser forgets the session. */
  async deleteAccount(input: { password: string }): Promise<void> {
    await api.post<void>('/api/auth/me/delete/', input);
    useSession.getState().clearSession(null);
  },

  users: (query: Query, signal?: AbortSignal) => api.get<Page<AdminUser>>('/api/auth/users/', query, signal),
  user: (id: string | number) => api.get<AdminUser>(`/api/auth/users/${id}/`),
  updateUser: (id: string | number, changes: Partial<Pick<AdminUser, 'role' | 'is_active' | 'email'>>) =>
    api.patch<AdminUser>(`/api/auth/users/${id}/`, changes),
  deleteUser: (id: string | number) => api.delete(`/api/auth/users/${id}/`),
  audit: (query: Query, signal?: AbortSignal) => api.get<Page<AuditEntry>>('/api/auth/audit/', query, signal),
};

/** Media — `/api/media/`. */
export const mediaApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<Media>>('/api/media/', query, signal),
  get: (id: string | number) => api.get<Media>(`/api/media/${id}/`),
  delete: (id: string | number) => api.delete(`/api/media/${id}/`),
};

/** Profiles — `/api/profiles/{kind}/`. */
export const profilesApi = {
  /** Every kind at once (administrators); `kind` narrows it. */
  all: (query: Query, signal?: AbortSignal) => api.get<Page<AdminProfile>>('/api/profiles/', query, signal),
  list: <P extends Profile = Profile>(kind: ProfileKind, query: Query, signal?: AbortSignal) =>
    api.get<Page<P>>(`/api/profiles/${kind}/`, query, signal),
  get: <P extends Profile = Profile>(kind: ProfileKind, id: string | number, signal?: AbortSignal) =>
    api.get<P>(`/api/profiles/${kind}/${id}/`, undefined, signal),
  /** The signed-in person's own profile of this kind; 404 while they have none. */
  mine: <P extends Profile = Profile>(kind: ProfileKind, signal?: AbortSignal) =>
    api.get<P>(`/api/profiles/${kind}/me/`, undefined, signal),
  create: <P extends Profile = Profile>(kind: ProfileKind, body: Record<string, unknown>) =>
    api.post<P>(`/api/profiles/${kind}/`, body),
  update: <P extends Profile = Profile>(kind: ProfileKind, id: string | number, body: Record<string, unknown>) =>
    api.patch<P>(`/api/profiles/${kind}/${id}/`, body),
  delete: (kind: ProfileKind, id: string | number) => api.delete(`/api/profiles/${kind}/${id}/`),
};

/** Marketplace — `/api/adds/`, `/api/orders/`. */
export const marketApi = {
  search: (query: Query, signal?: AbortSignal) => api.get<Page<Ad>>('/api/adds/', query, signal),
  ad: (id: string | number, signal?: AbortSignal) => api.get<Ad>(`/api/adds/${id}/`, undefined, signal),
  create: (body: Record<string, unknown>) => api.post<Ad>('/api/adds/', body),
  update: (id: string | number, body: Record<string, unknown>) => api.patch<Ad>(`/api/adds/${id}/`, body),
  /** DELETE withdraws the ad. */
  withdraw: (id: string | number) => api.delete(`/api/adds/${id}/`),
  purchase: (id: string | number, quantity: number, idempotencyKey: string, checkout?: CheckoutChoices) =>
    api.post<Order>(`/api/adds/${id}/purchase/`, { quantity, ...checkout }, { 'Idempotency-Key': idempotencyKey }),
  orders: (query: Query, signal?: AbortSignal) => api.get<Page<Order>>('/api/orders/', query, signal),
  order: (id: string | number, signal?: AbortSignal) => api.get<Order>(`/api/orders/${id}/`, undefined, signal),
  orderAction: (id: string | number, action: 'ship' | 'complete' | 'cancel', body?: { tracking_note?: string }) =>
    api.post<Order>(`/api/orders/${id}/${action}/`, body),
  /** The signed-in person's delivery addresses (an account keeps at most 20). */
  addresses: (signal?: AbortSignal) => api.get<Page<Address>>('/api/orders/addresses/', { page_size: 100 }, signal),
  createAddress: (body: Partial<AddressFields>) => api.post<Address>('/api/orders/addresses/', body),
  replaceAddress: (id: number, body: Partial<AddressFields>) => api.put<Address>(`/api/orders/addresses/${id}/`, body),
  deleteAddress: (id: number) => api.delete(`/api/orders/addresses/${id}/`),
};

/** Regions — `GET /api/regions/`: the countries and divisions a region may name, in the request's language. */
export const regionsApi = {
  list: (signal?: AbortSignal) => api.get<RegionCountry[]>('/api/regions/', undefined, signal),
};
