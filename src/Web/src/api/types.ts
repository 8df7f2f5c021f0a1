/** Shapes of the public API (reference: the gateway's /api/docs). Money is a decimal string; timestamps ISO 8601 UTC. */
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

/** Upload purposes the media service knows (each with its own types and size limit). */
export type MediaPurpose = 'avatar' | 'ad_photo' | 'post_image' | 'video' | 'document' | 'attachment';

/** A stored file; `id` is a UUID, `owner` the uploader's user id. */
export interface Media {
  id: string;
  url: string;
  thumbnail_url: string | null;
  content_type: string;
  size: number;
  width: number | null;
  height: number | null;
  purpose: MediaPurpose | string;
  is_public: boolean;
  original_name: string;
  owner: UserRef;
  created_at: string;
}

export type ProfileKind = 'specialists' | 'businessmen' | 'consumers';

export interface ProfileBase {
  id: number;
  kind?: string;
  user: { id: number; username: string };
  display_name: string;
  bio: string;
  region: string | null;
  /** A media id (UUID) of the owner's, or null. */
  avatar: string | null;
  created_at: string;
  updated_at?: string;
}

export interface SpecialistProfile extends ProfileBase {
  specialty: string;
  license_number: string | null;
  regions_served: string[];
}

export interface BusinessmanProfile extends ProfileBase {
  company: string;
  tax_id: string | null;
}

export interface ConsumerProfile extends ProfileBase {
  farm_type: string | null;
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
  /** Media ids (UUIDs) of the seller's uploads; the first is the cover. */
  media_ids: string[];
  status: AdStatus;
  seller: { id: number; username: string };
  created_at: string;
  updated_at: string;
}

export type OrderStatus = 'placed' | 'shipped' | 'completed' | 'cancelled' | string;

export interface Order {
  id: number;
  /** The ad's id; `ad_title` is its title when it was bought. */
  ad: number;
  ad_title: string;
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

/** One recorded admin change; `changes` is `{field: [old, new]}`. */
export interface AuditEntry {
  id: number | string;
  actor: { id: number; username: string } | null;
  actor_username: string;
  action: string;
  object_type: string;
  object_id: string;
  object_repr?: string;
  changes: Record<string, unknown> | null;
  created_at: string;
}
