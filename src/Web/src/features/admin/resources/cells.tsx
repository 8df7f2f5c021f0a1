import { useTranslation } from 'react-i18next';
import { MediaImage } from '../../../components/MediaImage';
import { formatDate, formatTime } from '../../../lib/format';
import { enumLabel, type EnumList } from '../../../lib/labels';
import type { Row } from '../resource';
import { Icon } from '../../../components/Icon';
import { regionText } from '../../../lib/regions';
import { loadedRegions, useRegions } from '../../../lib/useRegions';

export const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export function YesNo({ value }: { value: unknown }) {
  const { t } = useTranslation();
  return value
    ? <span className="yes">✓<span className="visually-hidden"> {t('common.yes')}</span></span>
    : <span className="no">✗<span className="visually-hidden"> {t('common.no')}</span></span>;
}

/** A value of one of the API's fixed lists, in words, as a badge (or as plain text). */
export function Status({ value, list, plain }: { value: unknown; list: EnumList; plain?: boolean }) {
  useTranslation();
  const status = text(value);
  if (!status) return <>—</>;
  return plain ? <>{enumLabel(list, status)}</> : <span className={`badge badge--status badge--${status}`}>{enumLabel(list, status)}</span>;
}

/** A date with its time below it, so a list keeps its width for the columns that need it. */
export function When({ value }: { value: unknown }) {
  useTranslation();
  const iso = text(value);
  if (!iso) return <>—</>;
  return (
    <time dateTime={iso} className="when">
      <span>{formatDate(iso)}</span> <span className="when__time">{formatTime(iso)}</span>
    </time>
  );
}

export function Thumb({ row, field = 'id' }: { row: Row; field?: string }) {
  const type = text(row.content_type);
  if (type && !type.startsWith('image/')) return <span className="thumb thumb--file" role="img" aria-label={type}><Icon name="file" /></span>;
  return <MediaImage id={text(row[field])} alt="" className="thumb" size="thumbnail" />;
}

/** A stored region by its name and country ("Córdoba, Colombia"), never its bare code; `name` is the API's `region_name`. */
export function RegionCell({ code, name }: { code: unknown; name?: unknown }) {
  const { data: catalog } = useRegions();
  return <>{regionText(catalog, code, name) || '—'}</>;
}

/** The same words in a CSV cell: the catalog the list has loaded, else the API's name, else the stored text. */
export const regionCsv = (code: unknown, name?: unknown): string => regionText(loadedRegions(), code, name);
