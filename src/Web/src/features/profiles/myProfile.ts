import { profilesApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import type { Profile, ProfileKind } from '../../api/types';

/** The signed-in person's profile of this kind (GET /api/profiles/{kind}/me/), or null while they have none. */
export async function findMyProfile(kind: ProfileKind, signal: AbortSignal): Promise<Profile | null> {
  try {
    return await profilesApi.mine(kind, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
