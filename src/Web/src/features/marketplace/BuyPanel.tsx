import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Ad } from '../../api/types';
import { Alert } from '../../components/Feedback';
import { formatMoney } from '../../lib/format';
import { multiplyAmount } from '../../lib/money';

/** How many to buy, then on to the checkout (delivery, payment, confirmation) with that quantity. */
export function BuyPanel({ ad }: { ad: Ad }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [quantity, setQuantity] = useState('1');
  const [message, setMessage] = useState<string | null>(null);
  const soldOut = ad.stock <= 0 || ad.status === 'sold_out' || ad.status === 'withdrawn';
  const amount = Number(quantity);
  const valid = /^\d+$/.test(quantity.trim()) && Number.isInteger(amount) && amount >= 1;

  const onSubmit = (event: FormEvent) => {
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
    navigate(`/marketplace/ads/${ad.id}/checkout?quantity=${amount}`);
  };

  return (
    <form className="card buy-panel" onSubmit={onSubmit} noValidate>
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
              onChange={(e) => { setQuantity(e.target.value); setMessage(null); }}
              aria-invalid={message && !valid ? true : undefined}
              aria-describedby="buy-total"
            />
          </div>
          <p id="buy-total" className="buy-panel__total">
            <Trans i18nKey="buy.total" values={{ total: valid ? formatMoney(multiplyAmount(ad.price, amount), ad.currency) : '—' }} components={{ strong: <strong /> }} />
          </p>
          {message ? <Alert>{message}</Alert> : null}
          <button type="submit" className="button button--primary button--block">{t('buy.buyNow')}</button>
        </>
      )}
    </form>
  );
}
