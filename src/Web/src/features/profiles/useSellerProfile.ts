import { profilesApi } from '../../api/endpoints';
import type { Profile, ProfileKind } from '../../api/types';
import { useAsync } from '../../lib/useAsync';

/** The profile a seller shows (a business's, else a specialist's), found by their user id; null when they have none. */
export function useSellerProfile(userId: number | null) {
  return useAsync<{ kind: ProfileKind; profile: Profile } | null>(async (signal) => {
    if (userId === null) return null;
    for (const kind of ['businessmen', 'specialists'] as const) {
      const page = await profilesApi.list(kind, { user: userId, page_size: 1 }, signal);
      const profile = page.results[0];
      if (profile) return { kind, profile };
    }
    return null;
  }, [userId]);
}

/** The name a seller's profile goes by: the company, else the display name. */
export function sellerName(profile: Profile): string {
  const company = (profile as { company?: string | null }).company;
  return company || profile.display_name || profile.user.username;
}
