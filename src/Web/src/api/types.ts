/**
 * Shapes of the public API (reference: the gateway's /api/docs). The objects the services answer are generated from
 * their OpenAPI documents (./generated, from docs/openapi; regenerate with ./agrovet openapi); this file narrows what
 * the documents can only call a string (roles, statuses, money as a decimal string) and adds what they do not name.
 * Timestamps are ISO 8601 UTC.
 */
import type { components as AuthApi } from './generated/auth';
import type { components as MarketplaceApi } from './generated/marketplace';
import type { components as MediaApi } from './generated/media';
import type { components as ProfilesApi } from './generated/profiles';

type AuthSchemas = AuthApi['schemas'];
type MarketplaceSchemas = MarketplaceApi['schemas'];
type ProfilesSchemas = ProfilesApi['schemas'];

export type Role = 'consumer' | 'specialist' | 'businessman' | 'admin';
export const SELF_SERVICE_ROLES = ['consumer', 'specialist', 'businessman'] as const;
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export type User = Omit<AuthSchemas['UserResponse'], 'role'> & { role: Role };

export type SocketTicket = AuthSchemas['SocketTicketResponse'];

export type TokenPair = Omit<AuthSchemas['TokenPairResponse'], 'user'> & { user: User };

export type AdminUser = Omit<AuthSchemas['AdminUserResponse'], 'role'> & { role: Role };

/** Another object's user: the API writes either the id or `{id, username}`. */
export type UserRef = number | { id: number; username: string };

/** Upload purposes the media service knows (each with its own types and size limit). */
export type MediaPurpose = 'avatar' | 'ad_photo' | 'post_image' | 'video' | 'document' | 'attachment';

/** A stored file; `id` is a UUID, `owner` the uploader's user id. */
export type Media = Omit<MediaApi['schemas']['MediaResponse'], 'purpose' | 'owner'> & {
  purpose: MediaPurpose | string;
  owner: UserRef;
};

export type ProfileKind = 'specialists' | 'businessmen' | 'consumers';

export type SpecialistProfile = ProfilesSchemas['SpecialistResponse'];
export type BusinessmanProfile = ProfilesSchemas['BusinessmanResponse'];
export type ConsumerProfile = ProfilesSchemas['ConsumerResponse'];
export type ProfileBase = Pick<SpecialistProfile, keyof SpecialistProfile & keyof BusinessmanProfile & keyof ConsumerProfile>;

export type Profile = SpecialistProfile | BusinessmanProfile | ConsumerProfile;

/** A profile of any kind in the administrators' list; `path` is its kind as in the URL. */
export type AdminProfile = Omit<ProfilesSchemas['AdminProfileResponse'], 'path'> & { path: ProfileKind };

export type AdStatus = 'active' | 'sold_out' | 'withdrawn' | string;

/** `price` is a decimal string; `media_ids` are the seller's uploads (UUIDs), the first the cover. */
export type Ad = Omit<MarketplaceSchemas['AdResponse'], 'price' | 'status'> & { price: string; status: AdStatus };

export type OrderStatus = 'placed' | 'shipped' | 'completed' | 'cancelled' | string;

export type DeliveryMethod = 'pickup' | 'delivery';
export const DELIVERY_METHODS = ['pickup', 'delivery'] as const;
export type PaymentMethod = 'cash_on_delivery' | 'bank_transfer' | 'agreed';
export const PAYMENT_METHODS = ['cash_on_delivery', 'bank_transfer', 'agreed'] as const;

/** A delivery address the buyer keeps in their account (`country` is an ISO 3166-1 alpha-2 code). */
export type Address = MarketplaceSchemas['AddressResponse'];
/** What an address says: the body of POST/PUT /api/orders/addresses/ and an order's copy. */
export type AddressFields = MarketplaceSchemas['AddressFields'];

/** A step of an order's timeline: `by` is null for steps from before the timeline was kept. */
export type OrderEvent = Omit<MarketplaceSchemas['OrderEventResponse'], 'status' | 'role'> & {
  status: OrderStatus;
  role: 'buyer' | 'seller' | 'admin' | null;
};

/**
 * A country of the regions catalog (GET /api/regions/): ISO 3166-1 alpha-2 `code`, its name and what its divisions
 * are called in the request's language, its currency (ISO 4217), and its first-level divisions (ISO 3166-2 `code`,
 * local `name`). Ads, profiles and addresses in these countries name their region by a division's code ("CO-COR").
 */
export type RegionCountry = MarketplaceSchemas['RegionCountryResponse'];
export type RegionDivision = MarketplaceSchemas['RegionDivisionResponse'];

/** The buyer's checkout choices sent with a purchase. */
export interface CheckoutChoices {
  delivery_method: DeliveryMethod;
  address_id?: number;
  payment_method: PaymentMethod;
  contact_phone?: string;
}

/** `ad` is the ad's id and `ad_title` its title when it was bought; money is a decimal string. */
export type Order = Omit<MarketplaceSchemas['OrderResponse'], 'unit_price' | 'total' | 'status' | 'buyer' | 'seller' | 'timeline'> & {
  unit_price: string;
  total: string;
  status: OrderStatus;
  buyer: UserRef;
  seller: UserRef;
  /** One order only (GET /api/orders/{id}/ and the answers of its steps), oldest first. */
  timeline?: OrderEvent[] | null;
};

/** One recorded admin change; `changes` is `{field: [old, new]}`. */
export type AuditEntry = Omit<AuthSchemas['AuditEntryResponse'], 'actor' | 'changes'> & {
  actor: { id: number; username: string } | null;
  changes: Record<string, unknown> | null;
};
