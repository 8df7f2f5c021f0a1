import { useTranslation } from 'react-i18next';

/** The number of new sales, read out as words ("2 new sales to ship"); nothing when there are none. */
export function NewSalesBadge({ count }: { count: number | null }) {
  const { t } = useTranslation();
  if (!count) return null;
  return (
    <span className="count-badge" data-testid="new-sales">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('orders.newSales', { count })}</span>
    </span>
  );
}
