import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import type { Query } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, EmptyState, ErrorState, SkeletonRows, Spinner } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { Autocomplete } from './Autocomplete';
import { download, toCsv } from './csv';
import type { AdminResource, BulkAction, Column, FilterSpec, Row } from './resource';

const PAGE_SIZE = 20;
const EXPORT_PAGE_SIZE = 100;
const EXPORT_MAX_PAGES = 100;

function useChosenColumns(resource: AdminResource) {
  const storageKey = `agrovet.admin.columns.${resource.key}`;
  const defaults = resource.columns.filter((c) => !c.optional).map((c) => c.field);
  const [chosen, setChosen] = useState<string[]>(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as string[] | null;
      return Array.isArray(saved) && saved.length ? saved : defaults;
    } catch {
      return defaults;
    }
  });
  const toggle = (field: string) => {
    setChosen((current) => {
      const next = current.includes(field) ? current.filter((f) => f !== field) : [...current, field];
      if (next.length === 0) return current;
      try { localStorage.setItem(storageKey, JSON.stringify(next)); } catch { /* keep in memory */ }
      return next;
    });
  };
  const columns = resource.columns.filter((c) => chosen.includes(c.field));
  return { columns, chosen, toggle };
}

function Filter({ spec, value, onChange }: { spec: FilterSpec; value: string; onChange: (value: string) => void }) {
  const id = `filter-${spec.param}`;
  switch (spec.kind) {
    case 'select':
      return (
        <div className="field">
          <label htmlFor={id}>{spec.label}</label>
          <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{spec.allLabel ?? 'All'}</option>
            {spec.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      );
    case 'boolean':
      return (
        <div className="field">
          <label htmlFor={id}>{spec.label}</label>
          <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">All</option>
            <option value="true">{spec.trueLabel}</option>
            <option value="false">{spec.falseLabel}</option>
          </select>
        </div>
      );
    case 'text':
      return <TextFilter id={id} label={spec.label} value={value} onChange={onChange} />;
    case 'user':
    case 'ad':
      return <Autocomplete kind={spec.kind} label={spec.label} value={value} onChange={onChange} compact />;
  }
}

function TextFilter({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => draft !== value && onChange(draft.trim())} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); onChange(draft.trim()); } }} />
    </div>
  );
}

function SortHeader({ column, ordering, onSort }: { column: Column; ordering: string; onSort: (ordering: string) => void }) {
  if (!column.sort) return <th scope="col">{column.label}</th>;
  const ascending = ordering === column.sort;
  const descending = ordering === `-${column.sort}`;
  const next = ascending ? `-${column.sort}` : descending ? '' : column.sort;
  return (
    <th scope="col" aria-sort={ascending ? 'ascending' : descending ? 'descending' : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {column.label}
        <span className="sort-button__arrow" aria-hidden="true">{ascending ? '▲' : descending ? '▼' : '↕'}</span>
        <span className="visually-hidden">{ascending ? ', sorted ascending' : descending ? ', sorted descending' : ', sortable'}</span>
      </button>
    </th>
  );
}

interface BulkOutcome {
  action: BulkAction;
  done: number;
  failures: string[];
}

/** The changelist: chosen columns, search, filters, click-to-sort, pagination with the total, bulk actions, CSV. */
export function ResourceList({ resource }: { resource: AdminResource }) {
  useDocumentTitle(`${resource.label} · Administration`);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const ordering = params.get('ordering') ?? '';
  const searchValue = resource.searchParam ? params.get(resource.searchParam) ?? '' : '';
  const [searchDraft, setSearchDraft] = useState(searchValue);
  useEffect(() => setSearchDraft(searchValue), [searchValue]);
  const { columns, chosen, toggle } = useChosenColumns(resource);

  const query = useMemo<Query>(() => {
    const q: Query = { page, page_size: PAGE_SIZE, ordering: ordering || undefined };
    if (resource.searchParam) q[resource.searchParam] = searchValue || undefined;
    for (const filter of resource.filters) q[filter.param] = params.get(filter.param) || undefined;
    return q;
  }, [params, page, ordering, searchValue, resource]);
  const key = JSON.stringify(query);

  const { data, error, loading, reload } = useAsync((signal) => resource.list(query, signal), [resource.key, key]);
  const rows = data?.results ?? [];

  const [selected, setSelected] = useState<Set<string>>(new Set());
  useEffect(() => setSelected(new Set()), [key]);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(resource.idOf(row)));
  const someSelected = rows.some((row) => selected.has(resource.idOf(row)));
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = someSelected && !allSelected;
  }, [someSelected, allSelected]);

  const [actionKey, setActionKey] = useState('');
  const [confirming, setConfirming] = useState<BulkAction | null>(null);
  const [running, setRunning] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const update = (changes: Record<string, string>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!keepPage) next.delete('page');
    setParams(next);
  };

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    if (resource.searchParam) update({ [resource.searchParam]: searchDraft.trim() });
  };

  const selectedRows = rows.filter((row) => selected.has(resource.idOf(row)));

  const runBulk = async (action: BulkAction) => {
    setConfirming(null);
    setOutcome(null);
    const targets = selectedRows;
    const failures: string[] = [];
    let done = 0;
    setRunning({ done: 0, total: targets.length });
    for (const row of targets) {
      try {
        await action.run(row);
        done += 1;
      } catch (e) {
        failures.push(`${resource.titleOf(row)}: ${errorMessage(e)}`);
      }
      setRunning({ done: done + failures.length, total: targets.length });
    }
    setRunning(null);
    setOutcome({ action, done, failures });
    setSelected(new Set());
    setActionKey('');
    reload();
  };

  const exportCsv = async () => {
    setExportError(null);
    const all: Row[] = [];
    try {
      for (let p = 1; p <= EXPORT_MAX_PAGES; p += 1) {
        setExporting(`Exporting… ${all.length.toLocaleString()} rows`);
        const batch = await resource.list({ ...query, page: p, page_size: EXPORT_PAGE_SIZE }, new AbortController().signal);
        all.push(...batch.results);
        if (!batch.next || batch.results.length === 0) break;
      }
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      download(`agrovet-${resource.key}-${stamp}.csv`, toCsv(columns, all));
    } catch (e) {
      setExportError(`The export stopped: ${errorMessage(e)}`);
    } finally {
      setExporting(null);
    }
  };

  const activeFilters = resource.filters.filter((f) => params.get(f.param)).length;
  const chosenAction = resource.bulkActions.find((a) => a.key === actionKey) ?? null;

  return (
    <section className="admin-list">
      <header className="admin-list__header">
        <h1>{resource.label}</h1>
        <div className="admin-list__tools">
          <details className="column-chooser">
            <summary className="button button--ghost button--small">Columns</summary>
            <fieldset>
              <legend className="visually-hidden">Columns to show</legend>
              {resource.columns.map((c) => (
                <label key={c.field} className="column-chooser__option">
                  <input type="checkbox" checked={chosen.includes(c.field)} onChange={() => toggle(c.field)} /> {c.label}
                </label>
              ))}
            </fieldset>
          </details>
          <button type="button" className="button button--secondary button--small" onClick={() => void exportCsv()} disabled={exporting !== null || !data || data.count === 0}>
            {exporting ? <><Spinner label="Exporting" /> {exporting}</> : 'Export CSV'}
          </button>
        </div>
      </header>

      {resource.searchParam || resource.filters.length ? (
        <div className="admin-filters">
          {resource.searchParam ? (
            <form role="search" className="admin-search" onSubmit={onSearch}>
              <label htmlFor={`search-${resource.key}`} className="visually-hidden">Search {resource.label.toLowerCase()}</label>
              <input id={`search-${resource.key}`} type="search" value={searchDraft} placeholder={resource.searchPlaceholder ?? 'Search'} onChange={(e) => setSearchDraft(e.target.value)} />
              <button type="submit" className="button button--primary button--small">Search</button>
            </form>
          ) : null}
          {resource.filters.map((spec) => (
            <Filter key={spec.param} spec={spec} value={params.get(spec.param) ?? ''} onChange={(value) => update({ [spec.param]: value })} />
          ))}
          {activeFilters || searchValue ? (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => update(Object.fromEntries([...resource.filters.map((f) => [f.param, '']), ...(resource.searchParam ? [[resource.searchParam, '']] : [])]))}
            >
              Clear all
            </button>
          ) : null}
        </div>
      ) : null}

      {exportError ? <Alert>{exportError}</Alert> : null}
      {outcome ? (
        <Alert kind={outcome.failures.length ? 'error' : 'success'}>
          {outcome.done > 0 ? `${outcome.done} ${outcome.done === 1 ? resource.singular : resource.label.toLowerCase()} ${outcome.action.done}.` : null}
          {outcome.failures.length ? (
            <>
              {' '}{outcome.failures.length} failed:
              <ul>{outcome.failures.map((f) => <li key={f}>{f}</li>)}</ul>
            </>
          ) : null}
        </Alert>
      ) : null}

      {resource.bulkActions.length ? (
        <form
          className="bulk-bar"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosenAction && selectedRows.length) setConfirming(chosenAction);
          }}
        >
          <label htmlFor={`bulk-${resource.key}`}>Action</label>
          <select id={`bulk-${resource.key}`} value={actionKey} onChange={(e) => setActionKey(e.target.value)}>
            <option value="">Choose an action…</option>
            {resource.bulkActions.map((a) => <option key={a.key} value={a.key}>{a.label}</option>)}
          </select>
          <button type="submit" className="button button--secondary button--small" disabled={!chosenAction || selectedRows.length === 0 || running !== null}>
            Go
          </button>
          <span className="bulk-bar__count" aria-live="polite">
            {running ? `Working… ${running.done} of ${running.total}` : `${selectedRows.length} of ${rows.length} selected`}
          </span>
        </form>
      ) : null}

      {error ? <ErrorState error={error} onRetry={reload} title={`${resource.label} could not be loaded`} /> : null}
      {!error ? (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table table--admin">
            <caption className="visually-hidden">{resource.label}{ordering ? `, sorted by ${ordering.replace(/^-/, '')}${ordering.startsWith('-') ? ' descending' : ''}` : ''}</caption>
            <thead>
              <tr>
                {resource.bulkActions.length ? (
                  <th scope="col" className="table__select">
                    <input
                      ref={selectAllRef}
                      type="checkbox"
                      aria-label="Select all on this page"
                      checked={allSelected}
                      onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map(resource.idOf)))}
                    />
                  </th>
                ) : null}
                {columns.map((column) => <SortHeader key={column.field} column={column} ordering={ordering} onSort={(o) => update({ ordering: o })} />)}
              </tr>
            </thead>
            {loading && !data ? <SkeletonRows columns={columns.length + 1} /> : (
              <tbody>
                {rows.map((row) => {
                  const id = resource.idOf(row);
                  return (
                    <tr key={id} className={selected.has(id) ? 'is-selected' : undefined}>
                      {resource.bulkActions.length ? (
                        <td className="table__select">
                          <input
                            type="checkbox"
                            aria-label={`Select ${resource.titleOf(row)}`}
                            checked={selected.has(id)}
                            onChange={() => setSelected((current) => {
                              const next = new Set(current);
                              if (next.has(id)) next.delete(id);
                              else next.add(id);
                              return next;
                            })}
                          />
                        </td>
                      ) : null}
                      {columns.map((column, index) => (
                        <td key={column.field} data-label={column.label} className={`table__cell--${column.field}`}>
                          {index === 0 || column.field === 'username' || column.field === 'title' || column.field === 'display_name' ? (
                            <Link to={`/admin/${resource.key}/${encodeURIComponent(id)}`} aria-label={index === 0 && column.render ? `Open ${resource.titleOf(row)}` : undefined}>
                              {column.render ? column.render(row) : String(row[column.field] ?? '—')}
                            </Link>
                          ) : column.render ? column.render(row) : String(row[column.field] ?? '—')}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            )}
          </table>
          {data && rows.length === 0 ? (
            <EmptyState title={`No ${resource.label.toLowerCase()} found`}>
              {activeFilters || searchValue ? <p>Nothing matches the search and filters.</p> : null}
            </EmptyState>
          ) : null}
        </div>
      ) : null}
      {data ? <Pagination page={page} pageSize={PAGE_SIZE} count={data.count} onPage={(p) => update({ page: p > 1 ? String(p) : '' }, true)} label={`${resource.label} pages`} /> : null}

      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? `${confirming.label}?` : ''}
        confirmLabel={confirming?.label.replace(/ selected.*$/, '') ?? 'Confirm'}
        danger={confirming?.danger}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && void runBulk(confirming)}
      >
        <p>This applies to {selectedRows.length} {selectedRows.length === 1 ? resource.singular : resource.label.toLowerCase()}:</p>
        <ul className="dialog__list">
          {selectedRows.slice(0, 10).map((row) => <li key={resource.idOf(row)}>{resource.titleOf(row)}</li>)}
          {selectedRows.length > 10 ? <li>and {selectedRows.length - 10} more</li> : null}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
