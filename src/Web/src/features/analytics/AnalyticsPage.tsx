import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ComputeSocket, computeApi, type ComputeDataset, type DatasetList, type InspectResult, type Legend, type SocketError, type ViewParams,
} from '../../api/compute';
import { Alert, EmptyState, ErrorState, PageLoading } from '../../components/Feedback';
import { formatNumber } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { LegendView } from './LegendView';
import { MapView, type ShownImage } from './MapView';
import { fit, ranges, type Size, type View } from './view';
import './analytics.css';

const AGGREGATIONS = ['count', 'sum', 'mean', 'min', 'max', 'std', 'count_cat'] as const;
const SHADINGS = ['eq_hist', 'log', 'cbrt', 'linear'] as const;
const COLORMAPS = ['fire', 'viridis', 'inferno', 'kbc', 'blues', 'greys', 'hot', 'lightblue_darkblue'] as const;
/** At most one view a this often while the map moves (the socket allows 30 messages a second). */
const RENDER_INTERVAL_MS = 80;
const HOVER_INTERVAL_MS = 120;

interface Choices {
  dataset: string;
  agg: string;
  how: string;
  cmap: string;
  category: string;
  fromYear: number;
  toYear: number;
}

const yearOf = (iso: string) => new Date(iso).getUTCFullYear();

function yearsOf(dataset: ComputeDataset | undefined): [number, number] {
  return dataset?.time_range ? [yearOf(dataset.time_range.from), yearOf(dataset.time_range.to)] : [0, 0];
}

function defaults(dataset: ComputeDataset): Choices {
  const [fromYear, toYear] = yearsOf(dataset);
  return { dataset: dataset.name, agg: 'count', how: 'eq_hist', cmap: 'fire', category: '', fromYear, toYear };
}

/**
 * The analytics page: a dataset drawn on a map of Latin America, re-rendered live over /ws/compute as the view moves
 * (a coarse preview first, then the full render), with the aggregation, shading, colormap, category and period to
 * choose, a legend, and the values under the pointer.
 */
export default function AnalyticsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.analytics'));
  const [reload, setReload] = useState(0);
  const list = useAsync<DatasetList>((signal) => computeApi.datasets(signal), [reload]);

  // The default datasets may still be being generated on a first start: ask again until they are there.
  useEffect(() => {
    if (list.data?.status !== 'preparing') return;
    const timer = setTimeout(() => setReload((n) => n + 1), 3000);
    return () => clearTimeout(timer);
  }, [list.data]);

  if (list.loading && !list.data) return <PageLoading />;
  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} title={t('analytics.unavailable')} />;
  const datasets = list.data?.results ?? [];
  if (datasets.length === 0) {
    return (
      <section className="analytics">
        <h1>{t('nav.analytics')}</h1>
        <EmptyState title={list.data?.status === 'preparing' ? t('analytics.preparing') : t('analytics.empty')}>
          <p>{list.data?.status === 'preparing' ? t('analytics.preparingHint') : t('analytics.emptyHint')}</p>
        </EmptyState>
      </section>
    );
  }
  return <Explorer datasets={datasets} />;
}

function Explorer({ datasets }: { datasets: ComputeDataset[] }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Choices>(() => defaults(datasets.find((d) => d.name.startsWith('crop-yields')) ?? datasets[0]!));
  const dataset = datasets.find((d) => d.name === choices.dataset) ?? datasets[0]!;
  const [size, setSize] = useState<Size>({ width: 800, height: 520 });
  const [view, setView] = useState<View | null>(null);
  const [images, setImages] = useState<ShownImage[]>([]);
  const [legend, setLegend] = useState<Legend | null>(null);
  const [status, setStatus] = useState<{ stage: string; ms: number; rows: number; id: number } | null>(null);
  const [connection, setConnection] = useState<'connecting' | 'open' | 'closed'>('connecting');
  const [socketError, setSocketError] = useState<SocketError | null>(null);
  const [hover, setHover] = useState<{ x: number; y: number; result: InspectResult | null } | null>(null);
  const socket = useRef<ComputeSocket | null>(null);
  const fullId = useRef(0);
  const hoverAt = useRef<{ x: number; y: number } | null>(null);

  // One socket for the page's life.
  useEffect(() => {
    const connection = new ComputeSocket({
      image: (header, png) => {
        const url = URL.createObjectURL(png);
        setImages((shown) => {
          // A full render replaces everything; a preview goes over the last full one until its own full arrives.
          const kept = header.stage === 'full' ? [] : shown.filter((image) => image.header.stage === 'full');
          for (const image of shown) if (!kept.includes(image)) URL.revokeObjectURL(image.url);
          return [...kept, { url, header }];
        });
        setLegend(header.legend);
        setStatus({ stage: header.stage, ms: header.timings.since_request_ms, rows: header.rows_scanned, id: header.id ?? 0 });
        if (header.stage === 'full') fullId.current = header.id ?? 0;
        setSocketError(null);
      },
      inspect: (result) => setHover((current) => (current ? { ...current, result } : current)),
      error: (error) => {
        if (error.code !== 'no_view') setSocketError(error);
      },
      state: setConnection,
    });
    socket.current = connection;
    void connection.open();
    return () => {
      connection.close();
      socket.current = null;
    };
  }, []);

  useEffect(() => () => setImages((shown) => {
    for (const image of shown) URL.revokeObjectURL(image.url);
    return [];
  }), []);

  // A new dataset (or the first size known): show all of it.
  useEffect(() => {
    if (dataset.bounds) setView(fit(dataset.bounds, size));
  }, [dataset.name]); // the size at that moment is enough: a later resize keeps the scale

  const params = useMemo<ViewParams | null>(() => {
    if (!view) return null;
    const r = ranges(view, size);
    const [firstYear, lastYear] = yearsOf(dataset);
    const result: ViewParams = {
      dataset: dataset.name,
      projection: 'mercator',
      width: size.width,
      height: size.height,
      x_range: `${r.x[0]},${r.x[1]}`,
      y_range: `${r.y[0]},${r.y[1]}`,
      agg: choices.agg,
      how: choices.how,
      cmap: choices.cmap,
    };
    if (choices.category) result.categories = choices.category;
    if (choices.fromYear !== firstYear || choices.toYear !== lastYear) {
      result.time_range = `${choices.fromYear}-01-01T00:00:00Z,${choices.toYear}-12-31T23:59:59Z`;
    }
    return result;
  }, [view, size, dataset, choices]);

  // Send the view as it changes, at most one every RENDER_INTERVAL_MS while it keeps moving, the last one always.
  const lastSent = useRef(0);
  useEffect(() => {
    if (!params || connection !== 'open') return;
    const wait = Math.max(0, lastSent.current + RENDER_INTERVAL_MS - performance.now());
    const timer = setTimeout(() => {
      lastSent.current = performance.now();
      socket.current?.render(params);
    }, wait);
    return () => clearTimeout(timer);
  }, [params, connection]);

  // Values under the pointer, once the full render of the view shown is in.
  const lastHover = useRef(0);
  useEffect(() => {
    if (!hover) return;
    const wait = Math.max(0, lastHover.current + HOVER_INTERVAL_MS - performance.now());
    const timer = setTimeout(() => {
      const point = hoverAt.current;
      const shown = socket.current;
      if (!point || !shown || fullId.current !== shown.latestId) return;
      lastHover.current = performance.now();
      shown.inspect(Math.min(size.width - 1, Math.floor(point.x)), Math.min(size.height - 1, Math.floor(point.y)));
    }, wait);
    return () => clearTimeout(timer);
  }, [hover?.x, hover?.y, size]);

  const onHover = useCallback((point: { x: number; y: number } | null) => {
    hoverAt.current = point;
    setHover(point ? { ...point, result: null } : null);
  }, []);
  const onResize = useCallback((next: Size) => setSize(next), []);
  const choose = (change: Partial<Choices>) => setChoices((current) => ({ ...current, ...change }));
  const [firstYear, lastYear] = yearsOf(dataset);
  const unit = choices.agg === 'count' || choices.agg === 'count_cat' ? t('analytics.points') : dataset.value_unit;

  return (
    <section className="analytics">
      <h1>{t('nav.analytics')}</h1>
      <p className="lead">{t('analytics.lead')}</p>
      <div className="analytics__layout">
        <form className="analytics__controls card" onSubmit={(event) => event.preventDefault()} aria-label={t('analytics.controls')}>
          <div className="field">
            <label htmlFor="analytics-dataset">{t('analytics.dataset')}</label>
            <select
              id="analytics-dataset"
              value={dataset.name}
              onChange={(event) => setChoices(defaults(datasets.find((d) => d.name === event.target.value)!))}
            >
              {datasets.map((d) => (
                <option key={d.name} value={d.name}>{d.title}</option>
              ))}
            </select>
            <p className="field-hint">{t('analytics.rows', { count: dataset.rows, formatted: formatNumber(dataset.rows) })}</p>
          </div>
          <div className="field">
            <label htmlFor="analytics-agg">{t('analytics.aggregation')}</label>
            <select id="analytics-agg" value={choices.agg} onChange={(event) => choose({ agg: event.target.value })}>
              {AGGREGATIONS.map((agg) => (
                <option key={agg} value={agg}>{t(`analytics.aggs.${agg}`, { column: dataset.value_column })}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="analytics-how">{t('analytics.shading')}</label>
            <select id="analytics-how" value={choices.how} onChange={(event) => choose({ how: event.target.value })}>
              {SHADINGS.map((how) => (
                <option key={how} value={how}>{t(`analytics.hows.${how}`)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="analytics-cmap">{t('analytics.colormap')}</label>
            <select id="analytics-cmap" value={choices.cmap} onChange={(event) => choose({ cmap: event.target.value })} disabled={choices.agg === 'count_cat'}>
              {COLORMAPS.map((cmap) => (
                <option key={cmap} value={cmap}>{cmap}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="analytics-category">{t('analytics.category', { column: dataset.category_column })}</label>
            <select id="analytics-category" value={choices.category} onChange={(event) => choose({ category: event.target.value })}>
              <option value="">{t('analytics.allCategories')}</option>
              {dataset.categories.map((category) => (
                <option key={category} value={category}>{category}</option>
              ))}
            </select>
          </div>
          {firstYear < lastYear ? (
            <fieldset className="field analytics__period">
              <legend>{t('analytics.period', { from: choices.fromYear, to: choices.toYear })}</legend>
              <label htmlFor="analytics-from">{t('analytics.from')}</label>
              <input
                id="analytics-from"
                type="range"
                min={firstYear}
                max={lastYear}
                value={choices.fromYear}
                aria-valuetext={String(choices.fromYear)}
                onChange={(event) => choose({ fromYear: Math.min(Number(event.target.value), choices.toYear) })}
              />
              <label htmlFor="analytics-to">{t('analytics.to')}</label>
              <input
                id="analytics-to"
                type="range"
                min={firstYear}
                max={lastYear}
                value={choices.toYear}
                aria-valuetext={String(choices.toYear)}
                onChange={(event) => choose({ toYear: Math.max(Number(event.target.value), choices.fromYear) })}
              />
            </fieldset>
          ) : null}
          <div className="actions">
            <button type="button" className="button button--secondary button--small" onClick={() => dataset.bounds && setView(fit(dataset.bounds, size))}>
              {t('analytics.resetView')}
            </button>
          </div>
        </form>
        <div className="analytics__stage">
          {socketError ? <Alert>{socketError.detail}</Alert> : null}
          <MapView view={view} size={size} images={images} onResize={onResize} onView={setView} onHover={onHover}>
            {hover?.result ? <HoverValues hover={hover} unit={unit} /> : null}
          </MapView>
          <p className="analytics__status muted" aria-live="polite" data-testid="analytics-status" data-stage={status?.stage ?? ''} data-render={status?.id ?? 0}>
            {connection !== 'open'
              ? t('analytics.connecting')
              : status
                ? t(status.stage === 'full' ? 'analytics.statusFull' : 'analytics.statusPreview', { ms: Math.round(status.ms), rows: formatNumber(status.rows) })
                : t('analytics.rendering')}
          </p>
          <LegendView legend={legend} unit={unit} />
        </div>
      </div>
    </section>
  );
}

function HoverValues({ hover, unit }: { hover: { x: number; y: number; result: InspectResult | null }; unit: string }) {
  const { t } = useTranslation();
  const result = hover.result!;
  const lon = (result.x_range[0] + result.x_range[1]) / 2;
  const lat = (result.y_range[0] + result.y_range[1]) / 2;
  return (
    <div className="analytics-hover" style={{ left: hover.x + 14, top: hover.y + 14 }} role="status" data-testid="analytics-hover">
      <strong>
        {result.value === null ? t('analytics.hoverEmpty') : `${formatNumber(Number(result.value.toPrecision(4)))} ${unit}`}
      </strong>
      <span className="muted">{t('analytics.hoverPlace', { lat: lat.toFixed(2), lon: lon.toFixed(2) })}</span>
      {result.categories.slice(0, 3).map((category) => (
        <span key={category.name}>{t('analytics.hoverCategory', { name: category.name, count: formatNumber(category.count) })}</span>
      ))}
    </div>
  );
}
