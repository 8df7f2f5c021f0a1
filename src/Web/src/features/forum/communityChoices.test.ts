import { describe, expect, it } from 'vitest';
import { communityChoices } from './communityChoices';
import type { Community } from './forumApi';

const community = (slug: string): Community => ({
  id: slug.length, slug, name: slug, description: '', rules: '', creator: { id: 1, username: 'ana' }, created_at: '2026-12-01T00:00:00Z',
  member_count: 1, post_count: 0, joined: false, is_moderator: false, moderators: null,
});

describe('the communities to choose from when asking', () => {
  it('put the one the link named in front when the first page of the list does not have it', () => {
    const listed = [community('terneros'), community('suelos')];
    expect(communityChoices(listed, community('apicultura')).map((c) => c.slug)).toEqual(['apicultura', 'terneros', 'suelos']);
  });

  it('list the named one once when the page has it', () => {
    const listed = [community('terneros'), community('suelos')];
    expect(communityChoices(listed, community('suelos')).map((c) => c.slug)).toEqual(['terneros', 'suelos']);
  });

  it('offer the named one alone while the list has not come, and the list alone without a name', () => {
    expect(communityChoices(undefined, community('suelos')).map((c) => c.slug)).toEqual(['suelos']);
    expect(communityChoices([community('terneros')], null).map((c) => c.slug)).toEqual(['terneros']);
  });
});
