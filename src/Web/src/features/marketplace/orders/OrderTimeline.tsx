import { useTranslation } from 'react-i18next';
import type { OrderEvent } from '../../../api/types';
import { formatDateTime } from '../../../lib/format';
import { enumLabel } from '../../../lib/labels';
import '../checkout.css';

/** An order's steps, oldest first: what happened, who did it (as buyer, seller or administrator) and when. */
export function OrderTimeline({ events }: { events: OrderEvent[] }) {
  const { t } = useTranslation();
  return (
    <ol className="timeline" aria-label={t('orderDetail.timeline')}>
      {events.map((event, i) => (
        <li key={`${event.status}-${event.at}-${i}`} className={`timeline__step timeline__step--${event.status}`} data-status={event.status}>
          <strong>{enumLabel('orderStatus', event.status)}</strong>
          <span className="timeline__who">
            {event.by
              ? t('orderDetail.byWhom', { user: event.by.username, role: enumLabel('orderRole', event.role) })
              : t('orderDetail.byUnknown')}
            {' · '}
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </span>
          {event.note ? <p className="timeline__note">{t('orderDetail.trackingNote', { note: event.note })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
