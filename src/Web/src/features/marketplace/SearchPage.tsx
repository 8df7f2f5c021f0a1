import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { EmptyState, ErrorState, SkeletonCards } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { ALL_CATEGORIES, ORDERING_OPTIONS } from '../../lib/catalog';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { AdCard } from './AdCard';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['q', 'category', 'region', 'min_price', 'max_price', 'in_stock', 'ordering'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

function readFilters(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Filters;
}

/**
 * Search with filters and sort; everything lives in the address (?q=&category=&region=&min_price=&max_price=
 * &in_stock=true&ordering=&page=), which is also what is sent to GET /api/adds/.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const role = useSession((s) => s.session?.user.role);
  const [draft, setDraft] = useState<Filters>(filters);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const key = params.toString();
  useDocumentTitle(filters.q ? `“${filters.q}” in the marketplace` : 'Marketplace');

  useEffect(() => setDraft(readFilters(new URLSearchParams(key))), [key]);

  const { data, error, loading, reload } = useAsync(
    (signal) => marketApi.search({ ...filters, in_stock: filters.in_stock ? 'true' : undefined, page, page_size: PAGE_SIZE }, signal),
    [key],
  );

  const apply = (next: Partial<Filters> & { page?: string }) => {
    const merged = new URLSearchParams(params);
    for (const [name, value] of Object.entries(next)) {
      if (value) merged.set(name, value);
      else merged.delete(name);
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const min = draft.min_price.trim();
    const max = draft.max_price.trim();
    apply({ ...draft, q: draft.q.trim(), region: draft.region.trim(), min_price: min, max_price: max });
    setFiltersOpen(false);
  };

  const active = FILTER_KEYS.some((k) => k !== 'ordering' && k !== 'q' && filters[k]);
  const canSell = role === 'businessman' || role === 'specialist';

  return (
    <section className="page">
      <header className="page-header page-header--row">
        <div>
          <h1>Marketplace</h1>
          <p className="lead">Products and services for farms, from sellers and specialists.</p>
        </div>
        {canSell ? <Link to="/marketplace/ads/new" className="button button--primary">Post an ad</Link> : null}
      </header>

      <form className="market-search" role="search" onSubmit={onSubmit} aria-label="Search the marketplace">
        <div className="market-search__bar">
          <label htmlFor="market-q" className="visually-hidden">Search</label>
          <input id="market-q" type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} placeholder="Search feed, vaccines, seed…" />
          <button type="submit" className="button button--primary">Search</button>
          <button type="button" className="button button--secondary filters-toggle" aria-expanded={filtersOpen} aria-controls="market-filters" onClick={() => setFiltersOpen((o) => !o)}>
            Filters{active ? ' •' : ''}
          </button>
        </div>
        <div id="market-filters" className={`filters market-filters ${filtersOpen ? 'is-open' : ''}`}>
          <div className="field">
            <label htmlFor="market-category">Category</label>
            <select id="market-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })}>
              <option value="">All categories</option>
              {ALL_CATEGORIES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="market-region">Region</label>
            <input id="market-region" value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })} />
          </div>
          <fieldset className="field price-range">
            <legend>Price</legend>
            <label htmlFor="market-min" className="visually-hidden">Minimum price</label>
            <input id="market-min" type="number" inputMode="decimal" min={0} step="0.01" placeholder="Min" value={draft.min_price} onChange={(e) => setDraft({ ...draft, min_price: e.target.value })} />
            <span aria-hidden="true">–</span>
            <label htmlFor="market-max" className="visually-hidden">Maximum price</label>
            <input id="market-max" type="number" inputMode="decimal" min={0} step="0.01" placeholder="Max" value={draft.max_price} onChange={(e) => setDraft({ ...draft, max_price: e.target.value })} />
          </fieldset>
          <div className="field field--checkbox">
            <input id="market-stock" type="checkbox" checked={draft.in_stock === 'true'} onChange={(e) => setDraft({ ...draft, in_stock: e.target.checked ? 'true' : '' })} />
            <label htmlFor="market-stock">In stock only</label>
          </div>
          <div className="field">
            <label htmlFor="market-ordering">Sort by</label>
            <select
              id="market-ordering"
              value={draft.ordering}
              onChange={(e) => {
                setDraft({ ...draft, ordering: e.target.value });
                apply({ ordering: e.target.value });
              }}
            >
              {ORDERING_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
          <div className="filters__actions">
            <button type="submit" className="button button--primary">Apply filters</button>
            {active ? (
              <button type="button" className="button button--ghost" onClick={() => apply({ category: '', region: '', min_price: '', max_price: '', in_stock: '' })}>
                Clear filters
              </button>
            ) : null}
          </div>
        </div>
      </form>

      {error ? <ErrorState error={error} onRetry={reload} title="The marketplace could not be searched" /> : null}
      {loading && !data ? <SkeletonCards count={8} /> : null}
      {data && !error ? (
        data.results.length === 0 ? (
          <EmptyState title={filters.q ? `Nothing matches “${filters.q}”` : 'No ads yet'}>
            <p>{filters.q || active ? 'Try other words or fewer filters.' : 'Ads posted by sellers will appear here.'}</p>
          </EmptyState>
        ) : (
          <div aria-busy={loading}>
            <p className="result-count" aria-live="polite">{data.count.toLocaleString()} {data.count === 1 ? 'ad' : 'ads'}</p>
            <ul className="card-grid card-grid--ads">
              {data.results.map((ad) => <li key={ad.id}><AdCard ad={ad} /></li>)}
            </ul>
            <Pagination page={page} pageSize={PAGE_SIZE} count={data.count} onPage={(p) => apply({ page: p > 1 ? String(p) : '' })} />
          </div>
        )
      ) : null}
    </section>
  );
}
