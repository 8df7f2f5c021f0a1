import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { ApiError, errorMessage } from '../../api/problem';
import type { Ad, Order } from '../../api/types';
import { Alert } from '../../components/Feedback';
import { formatMoney } from '../../lib/format';
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
  if (left === 0) return 'Sorry, this is sold out.';
  if (left !== null && left < quantity) return `Only ${left} left. Lower the quantity and try again.`;
  return error.detail ?? 'There is not enough stock for that quantity.';
}

export function BuyPanel({ ad, onBought }: { ad: Ad; onBought: () => void }) {
  const [quantity, setQuantity] = useState('1');
  // One key per purchase attempt: a retry after a lost answer reuses it, so the server never sells twice.
  const [attemptKey, setAttemptKey] = useState(newUuid);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [order, setOrder] = useState<Order | null>(null);
  const soldOut = ad.stock <= 0 || ad.status === 'sold_out' || ad.status === 'withdrawn';
  const amount = Number(quantity);
  const valid = Number.isInteger(amount) && amount >= 1;

  const changeQuantity = (value: string) => {
    setQuantity(value);
    setAttemptKey(newUuid());
    setMessage(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) {
      setMessage('Enter a whole number of at least 1.');
      return;
    }
    if (amount > ad.stock) {
      setMessage(ad.stock > 0 ? `Only ${ad.stock} left.` : 'Sorry, this is sold out.');
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
        setMessage(`${errorMessage(error)} Trying again will not buy twice.`);
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
          Order #{order.id} placed: {order.quantity} × {formatMoney(order.unit_price, order.currency)} = <strong>{formatMoney(order.total, order.currency)}</strong>.
        </Alert>
        <div className="actions">
          <Link to="/orders" className="button button--primary">See my orders</Link>
          <button type="button" className="button button--ghost" onClick={() => { setOrder(null); setQuantity('1'); }}>Buy more</button>
        </div>
      </div>
    );
  }

  return (
    <form className="card buy-panel" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <h2 className="buy-panel__title">Buy</h2>
      {soldOut ? <p>This ad cannot be bought right now.</p> : (
        <>
          <div className="field buy-panel__quantity">
            <label htmlFor="buy-quantity">Quantity</label>
            <input
              id="buy-quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={ad.stock}
              step={1}
              value={quantity}
              onChange={(e) => changeQuantity(e.target.value)}
              aria-describedby="buy-total"
            />
          </div>
          <p id="buy-total" className="buy-panel__total">
            Total: <strong>{valid ? formatMoney((Number(ad.price) * amount).toFixed(2), ad.currency) : '—'}</strong>
          </p>
          {message ? <Alert>{message}</Alert> : null}
          <button type="submit" className="button button--primary button--block" disabled={busy}>
            {busy ? 'Placing order…' : 'Buy now'}
          </button>
        </>
      )}
    </form>
  );
}
