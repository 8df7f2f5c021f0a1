import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { ApiError, errorMessage } from '../../api/problem';
import type { Ad, Order } from '../../api/types';
import { Alert } from '../../components/Feedback';
import { i18n } from '../../i18n';
import { formatMoney } from '../../lib/format';
import { multiplyAmount } from '../../lib/money';
import { newUuid } from '../../lib/uuid';

/** The words for a 409: how many are left now, read from the problem or from the ad fetched again. */
async function stockMessage(ad: Ad, quantity: number, error: ApiError): Promise<string> {
  const body = error.body ?? {};
  let left: number | null = null;
  for (const key of ['available', 'stock', 'remaining']) {
    if (typeof body[key] === 'number') left = body[key] as number;
  }
  if (left === null) {
    try {
      left = (await marketApi.ad(ad.id)).stock;
    } catch {
      left = null;
    }
  }
  if (left === 0) return i18n.t('buy.soldOut');
  if (left !== null && left < quantity) return i18n.t('buy.onlyLeftLower', { count: left });
  return error.detail ?? i18n.t('buy.notEnough');
}

export function BuyPanel({ ad, onBought }: { ad: Ad; onBought: () => void }) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState('1');
  // One key per purchase attempt: a retry after a lost answer reuses it, so the server never sells twice.
  const [attemptKey, setAttemptKey] = useState(newUuid);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [order, setOrder] = useState<Order | null>(null);
  const soldOut = ad.stock <= 0 || ad.status === 'sold_out' || ad.status === 'withdrawn';
  const amount = Number(quantity);
  const valid = /^\d+$/.test(quantity.trim()) && Number.isInteger(amount) && amount >= 1;

  const changeQuantity = (value: string) => {
    setQuantity(value);
    setAttemptKey(newUuid());
    setMessage(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) {
      setMessage(t('buy.wholeNumber'));
      document.getElementById('buy-quantity')?.focus();
      return;
    }
    if (amount > ad.stock) {
      setMessage(ad.stock > 0 ? t('buy.onlyLeft', { count: ad.stock }) : t('buy.soldOut'));
      document.getElementById('buy-quantity')?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const placed = await marketApi.purchase(ad.id, amount, attemptKey);
      setOrder(placed);
      setAttemptKey(newUuid());
      onBought();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setMessage(await stockMessage(ad, amount, error));
        setAttemptKey(newUuid());
        onBought();
      } else if (error instanceof ApiError && (error.status === 0 || error.status >= 500)) {
        // The order may or may not exist: trying again with the same key is safe.
        setMessage(`${errorMessage(error)} ${t('buy.retrySafe')}`);
      } else {
        const quantityProblem = error instanceof ApiError ? error.fieldErrors.quantity?.join(' ') : undefined;
        setMessage(quantityProblem ?? errorMessage(error));
        setAttemptKey(newUuid());
      }
    } finally {
      setBusy(false);
    }
  };

  if (order) {
    return (
      <div className="card buy-panel">
        <Alert kind="success">
          <Trans
            i18nKey="buy.placed"
            values={{ id: order.id, quantity: order.quantity, price: formatMoney(order.unit_price, order.currency), total: formatMoney(order.total, order.currency) }}
            components={{ strong: <strong /> }}
          />
        </Alert>
        <div className="actions">
          <Link to="/orders" className="button button--primary">{t('buy.seeOrders')}</Link>
          <button type="button" className="button button--ghost" onClick={() => { setOrder(null); setQuantity('1'); }}>{t('buy.buyMore')}</button>
        </div>
      </div>
    );
  }

  return (
    <form className="card buy-panel" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <h2 className="buy-panel__title">{t('buy.title')}</h2>
      {soldOut ? <p>{t('buy.unavailable')}</p> : (
        <>
          <div className={`field buy-panel__quantity ${message && !valid ? 'field--invalid' : ''}`}>
            <label htmlFor="buy-quantity">{t('fields.quantity')}</label>
            <input
              id="buy-quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={ad.stock}
              step={1}
              value={quantity}
              onChange={(e) => changeQuantity(e.target.value)}
              aria-invalid={message && !valid ? true : undefined}
              aria-describedby="buy-total"
            />
          </div>
          <p id="buy-total" className="buy-panel__total">
            <Trans i18nKey="buy.total" values={{ total: valid ? formatMoney(multiplyAmount(ad.price, amount), ad.currency) : '—' }} components={{ strong: <strong /> }} />
          </p>
          {message ? <Alert>{message}</Alert> : null}
          <button type="submit" className="button button--primary button--block" disabled={busy}>
            {busy ? t('buy.placing') : t('buy.buyNow')}
          </button>
        </>
      )}
    </form>
  );
}
