import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { EmptyState, ErrorState, SkeletonCards } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { RegionPicker } from '../../components/RegionPicker';
import { currentLocale } from '../../i18n';
import { allCategories, orderingOptions } from '../../lib/catalog';
import { formatNumber } from '../../lib/format';
import { amountInputText, parseAmount } from '../../lib/money';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { AdCard } from './AdCard';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['q', 'category', 'region', 'min_price', 'max_price', 'in_stock', 'ordering'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
const PRICE_KEYS = ['min_price', 'max_price'] as const;

function readFilters(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Filters;
}

/** The form shows prices the person's way ("1.250,5"); the address and the API get decimal strings ("1250.5"). */
function toDraft(filters: Filters): Filters {
  const draft = { ...filters };
  for (const key of PRICE_KEYS) draft[key] = filters[key] ? amountInputText(filters[key], currentLocale(), 0) : '';
  return draft;
}

/**
 * Search with filters and sort; everything lives in the address (?q=&category=&region=&min_price=&max_price=
 * &in_stock=true&ordering=&page=), which is also what is sent to GET /api/adds/.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const role = useSession((s) => s.session?.user.role);
  const [draft, setDraft] = useState<Filters>(() => toDraft(filters));
  const [priceError, setPriceError] = useState<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const key = params.toString();
  useDocumentTitle(filters.q ? t('market.searchTitle', { q: filters.q }) : t('nav.marketplace'));

  useEffect(() => setDraft(toDraft(readFilters(new URLSearchParams(key)))), [key]);

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

  const readPrice = (text: string) => (text.trim() ? parseAmount(text, currentLocale(), 2) : ({ ok: true, value: '' } as const));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const min = readPrice(draft.min_price);
    const max = readPrice(draft.max_price);
    if (!min.ok || !max.ok) {
      setFiltersOpen(true);
      setPriceError(t('market.priceFilterError', { example: amountInputText('1250.5', currentLocale(), 2) }));
      document.getElementById(min.ok ? 'market-max' : 'market-min')?.focus();
      return;
    }
    setPriceError(null);
    apply({ ...draft, q: draft.q.trim(), region: draft.region.trim(), min_price: min.value, max_price: max.value });
    setFiltersOpen(false);
  };

  const changePrice = (name: 'min_price' | 'max_price', value: string) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    // An error goes as soon as both prices read well.
    if (priceError && readPrice(next.min_price).ok && readPrice(next.max_price).ok) setPriceError(null);
  };

  const active = FILTER_KEYS.some((k) => k !== 'ordering' && k !== 'q' && filters[k]);
  const canSell = role === 'businessman' || role === 'specialist';

  return (
    <section className="page">
      <header className="page-header page-header--row">
        <div>
          <h1>{t('nav.marketplace')}</h1>
          <p className="lead">{t('market.lead')}</p>
        </div>
        {canSell ? <Link to="/marketplace/ads/new" className="button button--primary">{t('adForm.newTitle')}</Link> : null}
      </header>

      <form className="market-search" role="search" onSubmit={onSubmit} aria-label={t('home.searchLabel')} noValidate>
        <div className="market-search__bar">
          <label htmlFor="market-q" className="visually-hidden">{t('common.search')}</label>
          <input id="market-q" type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} placeholder={t('market.searchPlaceholder')} />
          <button type="submit" className="button button--primary">{t('common.search')}</button>
          <button type="button" className="button button--secondary filters-toggle" aria-expanded={filtersOpen} aria-controls="market-filters" onClick={() => setFiltersOpen((o) => !o)}>
            {t('market.filters')}{active ? ' •' : ''}
          </button>
        </div>
        <div id="market-filters" className={`filters market-filters ${filtersOpen ? 'is-open' : ''}`}>
          <div className="field">
            <label htmlFor="market-category">{t('fields.category')}</label>
            <select id="market-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })}>
              <option value="">{t('market.allCategories')}</option>
              {allCategories().map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
          </div>
          <RegionPicker name="region" value={draft.region} onChange={(region) => setDraft({ ...draft, region })} countryAlone />
          <fieldset className={`field price-range ${priceError ? 'field--invalid' : ''}`} aria-describedby={priceError ? 'market-price-error' : undefined}>
            <legend>{t('fields.price')}</legend>
            <label htmlFor="market-min" className="visually-hidden">{t('market.minPrice')}</label>
            <input id="market-min" inputMode="decimal" autoComplete="off" placeholder={t('market.min')} value={draft.min_price} aria-invalid={priceError && !readPrice(draft.min_price).ok ? true : undefined} onChange={(e) => changePrice('min_price', e.target.value)} />
            <span aria-hidden="true">–</span>
            <label htmlFor="market-max" className="visually-hidden">{t('market.maxPrice')}</label>
            <input id="market-max" inputMode="decimal" autoComplete="off" placeholder={t('market.max')} value={draft.max_price} aria-invalid={priceError && !readPrice(draft.max_price).ok ? true : undefined} onChange={(e) => changePrice('max_price', e.target.value)} />
            {priceError ? <p className="field-errors" id="market-price-error">{priceError}</p> : null}
          </fieldset>
          <div className="field field--checkbox">
            <input id="market-stock" type="checkbox" checked={draft.in_stock === 'true'} onChange={(e) => setDraft({ ...draft, in_stock: e.target.checked ? 'true' : '' })} />
            <label htmlFor="market-stock">{t('market.inStockOnly')}</label>
          </div>
          <div className="field">
            <label htmlFor="market-ordering">{t('market.sortBy')}</label>
            <select
              id="market-ordering"
              value={draft.ordering}
              onChange={(e) => {
                setDraft({ ...draft, ordering: e.target.value });
                apply({ ordering: e.target.value });
              }}
            >
              {orderingOptions().map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
          <div className="filters__actions">
            <button type="submit" className="button button--primary">{t('market.applyFilters')}</button>
            {active ? (
              <button type="button" className="button button--ghost" onClick={() => apply({ category: '', region: '', min_price: '', max_price: '', in_stock: '' })}>
                {t('market.clearFilters')}
              </button>
            ) : null}
          </div>
        </div>
      </form>

      {error ? <ErrorState error={error} onRetry={reload} title={t('market.searchFailed')} /> : null}
      {loading && !data ? <SkeletonCards count={8} /> : null}
      {data && !error ? (
        data.results.length === 0 ? (
          <EmptyState title={filters.q ? t('market.noMatch', { q: filters.q }) : t('market.noAds')}>
            <p>{filters.q || active ? t('market.tryOther') : t('market.adsWillAppear')}</p>
          </EmptyState>
        ) : (
          <div aria-busy={loading}>
            <p className="result-count" aria-live="polite">{t('market.count', { count: data.count, formatted: formatNumber(data.count) })}</p>
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
