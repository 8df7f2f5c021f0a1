import { useTranslation } from 'react-i18next';
import type { Legend } from '../../api/compute';
import { formatNumber } from '../../lib/format';

function short(value: number): string {
  return Math.abs(value) >= 100 || Number.isInteger(value) ? formatNumber(Math.round(value)) : formatNumber(Number(value.toPrecision(3)));
}

/** What the colours mean: a colour ramp with the data values along it, or each category's colour and points. */
export function LegendView({ legend, unit }: { legend: Legend | null; unit: string }) {
  const { t } = useTranslation();
  if (!legend) return null;
  if (legend.categories.length > 0) {
    return (
      <figure className="analytics-legend" aria-label={t('analytics.legend.title')}>
        <figcaption>{t('analytics.legend.title')}</figcaption>
        <ul className="analytics-legend__categories">
          {legend.categories.filter((category) => category.count > 0).map((category) => (
            <li key={category.name}>
              <span className="analytics-legend__swatch" style={{ background: category.color }} aria-hidden="true" />
              <span>{category.name}</span>
              <span className="muted">{formatNumber(category.count)}</span>
            </li>
          ))}
        </ul>
      </figure>
    );
  }
  if (legend.min === null || legend.max === null || legend.stops.length === 0) {
    return <p className="analytics-legend muted">{t('analytics.legend.empty')}</p>;
  }
  const first = legend.stops[0]!;
  const last = legend.stops[legend.stops.length - 1]!;
  const middle = legend.stops[Math.floor(legend.stops.length / 2)]!;
  return (
    <figure className="analytics-legend" aria-label={t('analytics.legend.title')}>
      <figcaption>
        {t('analytics.legend.title')} <span className="muted">({t(`analytics.hows.${legend.how}`, { defaultValue: legend.how })}{unit ? `, ${unit}` : ''})</span>
      </figcaption>
      <div className="analytics-legend__ramp" aria-hidden="true">
        {legend.stops.map((stop, index) => (
          <span key={index} style={{ background: stop.color }} />
        ))}
      </div>
      <div className="analytics-legend__values">
        <span>{short(first.value)}</span>
        <span>{short(middle.value)}</span>
        <span>{short(last.value)}</span>
      </div>
    </figure>
  );
}
