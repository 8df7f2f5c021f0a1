/** Shapes of the public API (see shared/API.md). Money is a decimal string; timestamps ISO 8601 UTC. */
export type Role = 'consumer' | 'specialist' | 'businessman' | 'admin';
export const SELF_SERVICE_ROLES = ['consumer', 'specialist', 'businessman'] as const;
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface User {
  id: number;
  username: string;
  email: string;
  role: Role;
  date_joined: string;
}

export interface TokenPair {
  access: string;
  refresh: string;
  expires_in: number;
  user: User;
}

export interface AdminUser extends User {
  is_active: boolean;
  last_login: string | null;
}

/** Another object's user: the API writes either the id or `{id, username}`. */
export type UserRef = number | { id: number; username: string };

export interface Media {
  id: string | number;
  url?: string;
  content_type: string;
  size: number;
  width?: number | null;
  height?: number | null;
  purpose?: string | null;
  owner?: UserRef;
  original_name?: string | null;
  created_at?: string;
}

export type ProfileKind = 'specialists' | 'businessmen' | 'consumers';

export interface ProfileBase {
  id: number;
  user: { id: number; username: string };
  display_name: string;
  bio: string;
  region: string;
  avatar: string | number | null;
  created_at: string;
}

export interface SpecialistProfile extends ProfileBase {
  specialty: string;
  license_number: string;
  regions_served: string[];
}

export interface BusinessmanProfile extends ProfileBase {
  company: string;
  tax_id: string;
}

export interface ConsumerProfile extends ProfileBase {
  farm_type: string;
  herd_size: number | null;
}

export type Profile = SpecialistProfile | BusinessmanProfile | ConsumerProfile;

export type AdStatus = 'active' | 'sold_out' | 'withdrawn' | string;

export interface Ad {
  id: number;
  title: string;
  description: string;
  price: string;
  currency: string;
  stock: number;
  category: string;
  region: string;
  media_ids: (string | number)[];
  status?: AdStatus;
  seller?: UserRef;
  created_at?: string;
  updated_at?: string;
}

export type OrderStatus = 'placed' | 'shipped' | 'completed' | 'cancelled' | string;

export interface Order {
  id: number;
  ad: number | { id: number; title: string };
  quantity: number;
  unit_price: string;
  total: string;
  currency: string;
  status: OrderStatus;
  buyer: UserRef;
  seller: UserRef;
  created_at: string;
  updated_at?: string;
}

export interface AuditEntry {
  id: number | string;
  actor?: UserRef | null;
  actor_username?: string;
  action: string;
  object_type: string;
  object_id: string | number;
  changes?: Record<string, unknown> | null;
  created_at: string;
}
