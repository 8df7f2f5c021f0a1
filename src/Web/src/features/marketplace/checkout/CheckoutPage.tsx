import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { marketApi } from '../../../api/endpoints';
import { ApiError, errorMessage } from '../../../api/problem';
import { useSession } from '../../../api/session';
import { PAYMENT_METHODS, type Ad, type Address, type DeliveryMethod, type PaymentMethod } from '../../../api/types';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { Alert, ErrorState, PageLoading } from '../../../components/Feedback';
import { RadioGroup, TextField } from '../../../components/Field';
import { formatMoney, userId, userLabel } from '../../../lib/format';
import { multiplyAmount } from '../../../lib/money';
import { useAsync, useDocumentTitle } from '../../../lib/useAsync';
import { newUuid } from '../../../lib/uuid';
import { AddressForm } from '../addresses/AddressForm';
import { AddressView } from '../addresses/AddressView';
import { CheckoutSteps, type Step } from './CheckoutSteps';
import { stockMessage } from './stockMessage';
import '../checkout.css';

const PHONE = /^\+?[\d .()-]+$/;

/**
 * Buying, one step at a time: review (quantity and total) → delivery (pick-up at the seller's, or one of my addresses,
 * which I can add here) → payment method (recorded on the order; nothing is charged) → confirmation, which places the
 * order (POST /api/adds/{id}/purchase/ with one Idempotency-Key per attempt, so a retry never buys twice).
 */
export default function CheckoutPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useSession((s) => s.session?.user ?? null);
  const { data: ad, error, loading, reload } = useAsync<Ad>((signal) => marketApi.ad(id!, signal), [id]);
  const addresses = useAsync((signal) => marketApi.addresses(signal), []);
  useDocumentTitle(t('checkout.title'));

  const [step, setStep] = useState<Step>('review');
  const [quantity, setQuantity] = useState(params.get('quantity') ?? '1');
  const [delivery, setDelivery] = useState<DeliveryMethod | ''>('');
  const [addressId, setAddressId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [payment, setPayment] = useState<PaymentMethod | ''>('');
  const [phone, setPhone] = useState('');
  const [attemptKey, setAttemptKey] = useState(newUuid);
  const [problem, setProblem] = useState<{ field?: string; text: string } | null>(null);
  const [placing, setPlacing] = useState(false);

  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error) return <section className="page"><ErrorState error={error} onRetry={reload} /></section>;
  if (loading && !ad) return <PageLoading />;
  if (!ad) return null;

  const own = me !== null && userId(ad.seller) === me.id;
  const available = ad.status === 'active' && ad.stock > 0;
  const amount = Number(quantity);
  const validQuantity = /^\d+$/.test(quantity.trim()) && amount >= 1;
  const total = validQuantity ? formatMoney(multiplyAmount(ad.price, amount), ad.currency) : '—';
  const myAddresses = addresses.data?.results ?? [];
  const chosenAddress = myAddresses.find((a) => a.id === addressId) ?? null;

  /** A changed choice is a new purchase: it gets a new key. */
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setAttemptKey(newUuid());
    setProblem(null);
  };
  const go = (next: Step) => {
    setProblem(null);
    setStep(next);
    window.scrollTo?.({ top: 0 });
  };
  const refuse = (text: string, field?: string) => {
    setProblem({ text, field });
    if (field) window.setTimeout(() => document.querySelector<HTMLElement>(`[data-field="${field}"] input, [data-field="${field}"] button`)?.focus(), 0);
  };

  const review = (event: FormEvent) => {
    event.preventDefault();
    if (!validQuantity) return refuse(t('buy.wholeNumber'), 'quantity');
    if (amount > ad.stock) return refuse(ad.stock > 0 ? t('buy.onlyLeft', { count: ad.stock }) : t('buy.soldOut'), 'quantity');
    go('delivery');
  };
  const chooseDelivery = () => {
    if (!delivery) return refuse(t('checkout.chooseDelivery'), 'delivery_method');
    if (delivery === 'delivery' && !chosenAddress) return refuse(t('checkout.chooseAddress'), 'address_id');
    const typed = phone.trim();
    if (typed && (!PHONE.test(typed) || typed.replace(/\D/g, '').length < 7)) return refuse(t('addresses.phoneFormat'), 'contact_phone');
    go('payment');
  };
  const choosePayment = (event: FormEvent) => {
    event.preventDefault();
    if (!payment) return refuse(t('checkout.choosePayment'), 'payment_method');
    go('confirm');
  };
  const place = async (event: FormEvent) => {
    event.preventDefault();
    if (!delivery || !payment) return;
    setPlacing(true);
    setProblem(null);
    try {
      const order = await marketApi.purchase(ad.id, amount, attemptKey, {
        delivery_method: delivery,
        ...(delivery === 'delivery' && addressId !== null ? { address_id: addressId } : {}),
        payment_method: payment,
        ...(phone.trim() ? { contact_phone: phone.trim() } : {}),
      });
      navigate(`/orders/${order.id}`, { state: { placed: true } });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setAttemptKey(newUuid());
        reload();
        setStep('review');
        refuse(await stockMessage(ad, amount, e));
      } else if (e instanceof ApiError && (e.status === 0 || e.status >= 500)) {
        // The order may or may not exist: trying again with the same key is safe.
        refuse(`${errorMessage(e)} ${t('buy.retrySafe')}`);
      } else {
        setAttemptKey(newUuid());
        refuse(errorMessage(e));
      }
    } finally {
      setPlacing(false);
    }
  };

  const back = (to: Step) => <button type="button" className="button button--ghost" onClick={() => go(to)}>{t('checkout.back')}</button>;
  const alert = problem ? <Alert>{problem.text}</Alert> : null;

  return (
    <section className="page page--narrow checkout">
      <p><Link to={`/marketplace/ads/${ad.id}`}>{t('checkout.backToAd', { title: ad.title })}</Link></p>
      <header className="page-header"><h1>{t('checkout.title')}</h1></header>
      <CheckoutSteps current={step} />
      {own ? <Alert kind="info">{t('checkout.ownAd')}</Alert> : null}
      {!own && !available ? <Alert kind="info">{t('buy.unavailable')}</Alert> : null}

      {!own && available && step === 'review' ? (
        <form className="card checkout__step" onSubmit={review} noValidate>
          <h2>{t('checkout.steps.review')}</h2>
          <dl className="details">
            <div className="details__row"><dt>{t('orders.ad')}</dt><dd>{ad.title}</dd></div>
            <div className="details__row"><dt>{t('fields.seller')}</dt><dd>{userLabel(ad.seller)}</dd></div>
            <div className="details__row"><dt>{t('fields.unit_price')}</dt><dd>{formatMoney(ad.price, ad.currency)}</dd></div>
          </dl>
          <div data-field="quantity">
            <TextField
              name="quantity"
              label={t('fields.quantity')}
              type="number"
              inputMode="numeric"
              min={1}
              max={ad.stock}
              step={1}
              value={quantity}
              onChange={changed(setQuantity)}
              errors={problem?.field === 'quantity' ? [problem.text] : undefined}
              hint={t('checkout.inStock', { count: ad.stock })}
              className="buy-panel__quantity"
            />
          </div>
          <p className="checkout__total" aria-live="polite">{t('checkout.total')} <strong>{total}</strong></p>
          {problem && problem.field !== 'quantity' ? alert : null}
          <div className="actions"><button type="submit" className="button button--primary">{t('checkout.continue')}</button></div>
        </form>
      ) : null}

      {!own && available && step === 'delivery' ? (
        // Not a form: adding an address here is a form of its own, and forms cannot nest.
        <div className="card checkout__step">
          <h2>{t('checkout.steps.delivery')}</h2>
          <div data-field="delivery_method">
            <RadioGroup
              legend={t('checkout.deliveryLegend')}
              name="delivery_method"
              value={delivery}
              onChange={changed((v: string) => setDelivery(v as DeliveryMethod))}
              required
              errors={problem?.field === 'delivery_method' ? [problem.text] : undefined}
              options={[
                { value: 'pickup', label: t('enums.deliveryMethod.pickup'), description: t('checkout.pickupText', { seller: userLabel(ad.seller) }) },
                { value: 'delivery', label: t('enums.deliveryMethod.delivery'), description: t('checkout.deliveryText') },
              ]}
            />
          </div>
          {delivery === 'delivery' ? (
            <div className="checkout__addresses" data-field="address_id">
              {addresses.error ? <ErrorState error={addresses.error} onRetry={addresses.reload} /> : null}
              {myAddresses.length > 0 ? (
                <RadioGroup
                  legend={t('checkout.addressLegend')}
                  name="address_id"
                  value={addressId === null ? '' : String(addressId)}
                  onChange={changed((v: string) => setAddressId(Number(v)))}
                  required
                  errors={problem?.field === 'address_id' ? [problem.text] : undefined}
                  options={myAddresses.map((a: Address) => ({
                    value: String(a.id),
                    label: a.label || a.recipient_name,
                    description: [a.line1, a.city, a.region_name || a.region].filter(Boolean).join(', '),
                  }))}
                />
              ) : (
                <p className={problem?.field === 'address_id' ? 'field-errors' : 'muted'}>{problem?.field === 'address_id' ? problem.text : t('checkout.noAddresses')}</p>
              )}
              {adding ? (
                <div className="card card--muted">
                  <h3>{t('addresses.add')}</h3>
                  <AddressForm
                    onSaved={(saved) => { setAdding(false); addresses.reload(); changed(setAddressId)(saved.id); }}
                    onCancel={() => setAdding(false)}
                  />
                </div>
              ) : (
                <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>{t('addresses.add')}</button>
              )}
            </div>
          ) : null}
          <div data-field="contact_phone">
            <TextField
              name="contact_phone"
              label={t('fields.contact_phone')}
              type="tel"
              autoComplete="tel"
              maxLength={32}
              value={phone}
              onChange={changed(setPhone)}
              hint={delivery === 'delivery' ? t('checkout.phoneHintDelivery') : t('checkout.phoneHint')}
              errors={problem?.field === 'contact_phone' ? [problem.text] : undefined}
            />
          </div>
          {problem && !problem.field ? alert : null}
          <div className="actions">
            {back('review')}
            <button type="button" className="button button--primary" disabled={adding} onClick={chooseDelivery}>{t('checkout.continue')}</button>
          </div>
        </div>
      ) : null}

      {!own && available && step === 'payment' ? (
        <form className="card checkout__step" onSubmit={choosePayment} noValidate>
          <h2>{t('checkout.steps.payment')}</h2>
          <div data-field="payment_method">
            <RadioGroup
              legend={t('checkout.paymentLegend')}
              name="payment_method"
              value={payment}
              onChange={changed((v: string) => setPayment(v as PaymentMethod))}
              required
              errors={problem?.field === 'payment_method' ? [problem.text] : undefined}
              options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`enums.paymentMethod.${m}`), description: t(`checkout.paymentText.${m}`) }))}
            />
          </div>
          <p className="muted">{t('checkout.noCharge')}</p>
          <div className="actions">
            {back('delivery')}
            <button type="submit" className="button button--primary">{t('checkout.continue')}</button>
          </div>
        </form>
      ) : null}

      {!own && available && step === 'confirm' && delivery && payment ? (
        <form className="card checkout__step" onSubmit={(e) => void place(e)} noValidate aria-busy={placing}>
          <h2>{t('checkout.steps.confirm')}</h2>
          <dl className="details">
            <div className="details__row"><dt>{t('orders.ad')}</dt><dd>{ad.title}</dd></div>
            <div className="details__row"><dt>{t('fields.quantity')}</dt><dd>{amount} × {formatMoney(ad.price, ad.currency)}</dd></div>
            <div className="details__row"><dt>{t('fields.total')}</dt><dd><strong>{total}</strong></dd></div>
            <div className="details__row">
              <dt>{t('fields.delivery_method')}</dt>
              <dd>
                {t(`enums.deliveryMethod.${delivery}`)}
                {delivery === 'delivery' && chosenAddress ? <AddressView address={chosenAddress} /> : null}
              </dd>
            </div>
            <div className="details__row"><dt>{t('fields.payment_method')}</dt><dd>{t(`enums.paymentMethod.${payment}`)}</dd></div>
            {phone.trim() ? <div className="details__row"><dt>{t('fields.contact_phone')}</dt><dd>{phone.trim()}</dd></div> : null}
          </dl>
          {alert}
          <div className="actions">
            {back('payment')}
            <button type="submit" className="button button--primary" disabled={placing}>{placing ? t('buy.placing') : t('checkout.place')}</button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
