import { MediaImage } from '../../../components/MediaImage';
import { formatDate, formatTime, titleCase } from '../../../lib/format';
import type { Row } from '../resource';
import { Icon } from '../../../components/Icon';

export const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export function YesNo({ value }: { value: unknown }) {
  return value ? <span className="yes">✓<span className="visually-hidden"> yes</span></span> : <span className="no">✗<span className="visually-hidden"> no</span></span>;
}

export function Status({ value }: { value: unknown }) {
  const status = text(value);
  return status ? <span className={`badge badge--status badge--${status}`}>{titleCase(status)}</span> : <>—</>;
}

/** A date with its time below it, so a list keeps its width for the columns that need it. */
export function When({ value }: { value: unknown }) {
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
