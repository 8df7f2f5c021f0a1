import type { AdminResource } from '../resource';
import { adsResource } from './ads';
import { mediaResource } from './media';
import { ordersResource } from './orders';
import { profilesResource } from './profiles';
import { usersResource } from './users';

export const RESOURCES: AdminResource[] = [usersResource, profilesResource, adsResource, ordersResource, mediaResource];

export function findResource(key: string | undefined): AdminResource | undefined {
  return RESOURCES.find((r) => r.key === key);
}
