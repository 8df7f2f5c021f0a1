import type { Community } from './forumApi';

/**
 * The communities the compose page offers: the first page of the list, and the one its link named (loaded by its
 * slug) in front when the page does not have it, so a required select never holds a value none of its options has.
 */
export function communityChoices(listed: readonly Community[] | undefined, named: Community | null | undefined): Community[] {
  const all = [...(listed ?? [])];
  return named && !all.some((c) => c.slug === named.slug) ? [named, ...all] : all;
}
