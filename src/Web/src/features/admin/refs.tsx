import { Link } from 'react-router';
import { authApi, marketApi } from '../../api/endpoints';
import { i18n } from '../../i18n';
import type { Row } from './resource';

export interface Option {
  id: string;
  label: string;
}

/** Someone or something another object points at, written as an id or as `{id, username|title}`. */
export function refId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object' && 'id' in (value as Row)) return String((value as Row).id);
  return String(value);
}

export function refLabel(value: unknown, kind: 'user' | 'ad'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') {
    const row = value as Row;
    return String(row.username ?? row.title ?? `#${String(row.id)}`);
  }
  return kind === 'user' ? i18n.t('common.userNumber', { id: String(value) }) : i18n.t('orders.adNumber', { id: String(value) });
}

export function RefLink({ value, kind }: { value: unknown; kind: 'user' | 'ad' }) {
  const id = refId(value);
  if (!id) return <>—</>;
  return <Link to={`/admin/${kind === 'user' ? 'users' : 'ads'}/${id}`}>{refLabel(value, kind)}</Link>;
}

export const lookups = {
  user: {
    search: async (term: string, signal: AbortSignal): Promise<Option[]> => {
      const page = await authApi.users({ search: term, page_size: 10, ordering: 'username' }, signal);
      return page.results.map((u) => ({ id: String(u.id), label: `${u.username} (${u.email})` }));
    },
    describe: async (id: string): Promise<string> => {
      const user = await authApi.user(id);
      return `${user.username} (${user.email})`;
    },
  },
  ad: {
    search: async (term: string, signal: AbortSignal): Promise<Option[]> => {
      const page = await marketApi.search({ q: term, page_size: 10 }, signal);
      return page.results.map((a) => ({ id: String(a.id), label: `${a.title} (#${a.id})` }));
    },
    describe: async (id: string): Promise<string> => {
      const ad = await marketApi.ad(id);
      return `${ad.title} (#${ad.id})`;
    },
  },
};
