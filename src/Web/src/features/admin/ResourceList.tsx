import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import type { Query } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, EmptyState, ErrorState, SkeletonRows, Spinner } from '../../components/Feedback';
import { Pagination } from '../../components/Pagination';
import { RegionPicker } from '../../components/RegionPicker';
import { formatNumber } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { Autocomplete } from './Autocomplete';
import { download, toCsv } from './csv';
import { bulkConfirm, bulkDone, bulkLabel, labelOf, resourceText, type AdminResource, type BulkAction, type Column, type FilterSpec, type Row } from './resource';

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

function Filter({ resource, spec, value, onChange }: { resource: AdminResource; spec: FilterSpec; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = `filter-${spec.param}`;
  const label = labelOf(resource, spec.param);
  switch (spec.kind) {
    case 'select':
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{spec.allLabel?.() ?? t('admin.list.all')}</option>
            {spec.options().map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      );
    case 'boolean':
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{t('admin.list.all')}</option>
            <option value="true">{spec.trueLabel()}</option>
            <option value="false">{spec.falseLabel()}</option>
          </select>
        </div>
      );
    case 'text':
      return <TextFilter id={id} label={label} value={value} onChange={onChange} />;
    case 'region':
      // A country alone filters all of its divisions; the division select names them, never their codes.
      return <RegionPicker name={id} value={value} onChange={onChange} label={label} countryAlone />;
    case 'user':
    case 'ad':
      return <Autocomplete kind={spec.kind} label={label} value={value} onChange={onChange} compact />;
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

function SortHeader({ label, column, ordering, onSort }: { label: string; column: Column; ordering: string; onSort: (ordering: string) => void }) {
  const { t } = useTranslation();
  if (!column.sort) return <th scope="col">{label}</th>;
  const ascending = ordering === column.sort;
  const descending = ordering === `-${column.sort}`;
  const next = ascending ? `-${column.sort}` : descending ? '' : column.sort;
  return (
    <th scope="col" aria-sort={ascending ? 'ascending' : descending ? 'descending' : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span className="sort-button__arrow" aria-hidden="true">{ascending ? '▲' : descending ? '▼' : '↕'}</span>
        <span className="visually-hidden">{ascending ? t('admin.list.sortedAscending') : descending ? t('admin.list.sortedDescending') : t('admin.list.sortable')}</span>
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
  const { t } = useTranslation();
  const title = resourceText(resource, 'label');
  useDocumentTitle(`${title} · ${t('accountMenu.admin')}`);
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
        setExporting(t('admin.list.exportingRows', { count: all.length, formatted: formatNumber(all.length) }));
        const batch = await resource.list({ ...query, page: p, page_size: EXPORT_PAGE_SIZE }, new AbortController().signal);
        all.push(...batch.results);
        if (!batch.next || batch.results.length === 0) break;
      }
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      download(`agrovet-${resource.key}-${stamp}.csv`, toCsv(resource, columns, all));
    } catch (e) {
      setExportError(t('admin.list.exportStopped', { reason: errorMessage(e) }));
    } finally {
      setExporting(null);
    }
  };

  const activeFilters = resource.filters.filter((f) => params.get(f.param)).length;
  const chosenAction = resource.bulkActions.find((a) => a.key === actionKey) ?? null;

  return (
    <section className="admin-list">
      <header className="admin-list__header">
        <h1>{title}</h1>
        <div className="admin-list__tools">
          <details className="column-chooser">
            <summary className="button button--ghost button--small">{t('admin.list.columns')}</summary>
            <fieldset>
              <legend className="visually-hidden">{t('admin.list.columnsToShow')}</legend>
              {resource.columns.map((c) => (
                <label key={c.field} className="column-chooser__option">
                  <input type="checkbox" checked={chosen.includes(c.field)} onChange={() => toggle(c.field)} /> {labelOf(resource, c.field)}
                </label>
              ))}
            </fieldset>
          </details>
          <button type="button" className="button button--secondary button--small" onClick={() => void exportCsv()} disabled={exporting !== null || !data || data.count === 0}>
            {exporting ? <><Spinner label={t('admin.list.exporting')} /> {exporting}</> : t('admin.list.exportCsv')}
          </button>
        </div>
      </header>

      {resource.searchParam || resource.filters.length ? (
        <div className="admin-filters">
          {resource.searchParam ? (
            <form role="search" className="admin-search" onSubmit={onSearch}>
              <label htmlFor={`search-${resource.key}`} className="visually-hidden">{t('admin.list.searchLabel', { resource: title })}</label>
              <input id={`search-${resource.key}`} type="search" value={searchDraft} placeholder={resourceText(resource, 'searchPlaceholder') || t('common.search')} onChange={(e) => setSearchDraft(e.target.value)} />
              <button type="submit" className="button button--primary button--small">{t('common.search')}</button>
            </form>
          ) : null}
          {resource.filters.map((spec) => (
            <Filter key={spec.param} resource={resource} spec={spec} value={params.get(spec.param) ?? ''} onChange={(value) => update({ [spec.param]: value })} />
          ))}
          {activeFilters || searchValue ? (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => update(Object.fromEntries([...resource.filters.map((f) => [f.param, '']), ...(resource.searchParam ? [[resource.searchParam, '']] : [])]))}
            >
              {t('admin.list.clearAll')}
            </button>
          ) : null}
        </div>
      ) : null}

      {exportError ? <Alert>{exportError}</Alert> : null}
      {outcome ? (
        <Alert kind={outcome.failures.length ? 'error' : 'success'}>
          {outcome.done > 0 ? bulkDone(resource, outcome.action, outcome.done) : null}
          {outcome.failures.length ? (
            <>
              {' '}{t('admin.list.failed', { count: outcome.failures.length })}
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
          <label htmlFor={`bulk-${resource.key}`}>{t('admin.list.action')}</label>
          <select id={`bulk-${resource.key}`} value={actionKey} onChange={(e) => setActionKey(e.target.value)}>
            <option value="">{t('admin.list.chooseAction')}</option>
            {resource.bulkActions.map((a) => <option key={a.key} value={a.key}>{bulkLabel(resource, a)}</option>)}
          </select>
          <button type="submit" className="button button--secondary button--small" disabled={!chosenAction || selectedRows.length === 0 || running !== null}>
            {t('admin.list.go')}
          </button>
          <span className="bulk-bar__count" aria-live="polite">
            {running ? t('admin.list.working', { done: running.done, total: running.total }) : t('admin.list.selected', { selected: selectedRows.length, total: rows.length })}
          </span>
        </form>
      ) : null}

      {error ? <ErrorState error={error} onRetry={reload} title={t('admin.list.loadFailed', { resource: title })} /> : null}
      {!error ? (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table table--admin">
            <caption className="visually-hidden">
              {ordering
                ? t(ordering.startsWith('-') ? 'admin.list.captionSortedDescending' : 'admin.list.captionSorted', { resource: title, column: labelOf(resource, ordering.replace(/^-/, '')) })
                : title}
            </caption>
            <thead>
              <tr>
                {resource.bulkActions.length ? (
                  <th scope="col" className="table__select">
                    <input
                      ref={selectAllRef}
                      type="checkbox"
                      aria-label={t('admin.list.selectAll')}
                      checked={allSelected}
                      onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map(resource.idOf)))}
                    />
                  </th>
                ) : null}
                {columns.map((column) => <SortHeader key={column.field} label={labelOf(resource, column.field)} column={column} ordering={ordering} onSort={(o) => update({ ordering: o })} />)}
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
                            aria-label={t('admin.list.select', { title: resource.titleOf(row) })}
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
                        <td key={column.field} data-label={labelOf(resource, column.field)} data-column={column.field} className={`table__cell--${column.field}`}>
                          {index === 0 || column.field === 'username' || column.field === 'title' || column.field === 'display_name' ? (
                            <Link to={`/admin/${resource.key}/${encodeURIComponent(id)}`} aria-label={index === 0 && column.render ? t('admin.list.open', { title: resource.titleOf(row) }) : undefined}>
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
            <EmptyState title={resourceText(resource, 'empty')}>
              {activeFilters || searchValue ? <p>{t('admin.list.nothingMatches')}</p> : null}
            </EmptyState>
          ) : null}
        </div>
      ) : null}
      {data ? <Pagination page={page} pageSize={PAGE_SIZE} count={data.count} onPage={(p) => update({ page: p > 1 ? String(p) : '' }, true)} label={t('admin.list.pages', { resource: title })} /> : null}

      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t('admin.list.confirmTitle', { action: bulkLabel(resource, confirming) }) : ''}
        confirmLabel={confirming ? bulkConfirm(resource, confirming) : t('common.confirm')}
        danger={confirming?.danger}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && void runBulk(confirming)}
      >
        <p>{t('admin.list.appliesTo', { count: selectedRows.length })}</p>
        <ul className="dialog__list">
          {selectedRows.slice(0, 10).map((row) => <li key={resource.idOf(row)}>{resource.titleOf(row)}</li>)}
          {selectedRows.length > 10 ? <li>{t('admin.list.more', { count: selectedRows.length - 10 })}</li> : null}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
