import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import { useSession } from '../../api/session';
import type { Ad } from '../../api/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Alert, ErrorState, PageLoading } from '../../components/Feedback';
import { SelectField, TextArea, TextField } from '../../components/Field';
import { RegionPicker } from '../../components/RegionPicker';
import { PhotosUpload } from '../../components/Uploads';
import type { FieldErrors } from '../../api/problem';
import { currentLocale, i18n } from '../../i18n';
import { allCategories, CURRENCIES, currencyLabel } from '../../lib/catalog';
import { userId } from '../../lib/format';
import { roleLabel } from '../../lib/labels';
import { amountInputText, currencyDigits, currencyOfLocale, exampleAmount, parseAmount } from '../../lib/money';
import { findCountry, startingRegion } from '../../lib/regions';
import { useRegions } from '../../lib/useRegions';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { kindForRole } from '../profiles/kinds';
import { findMyProfile } from '../profiles/myProfile';

const FIELDS = ['title', 'description', 'price', 'currency', 'stock', 'category', 'region', 'media_ids'] as const;

interface Draft {
  title: string;
  description: string;
  /** As the person writes it ("185.000,50" in Spanish); sent as a decimal string. */
  price: string;
  currency: string;
  stock: string;
  category: string;
  region: string;
  media_ids: string[];
}

/** A new ad is priced in the currency of the country the browser names (es-CO → COP), else in US dollars. */
function emptyDraft(): Draft {
  const currency = currencyOfLocale(currentLocale());
  return {
    title: '', description: '', price: '', currency: currency && CURRENCIES.includes(currency) ? currency : 'USD', stock: '1', category: '', region: '', media_ids: [],
  };
}

function fromAd(ad: Ad): Draft {
  return {
    title: ad.title, description: ad.description, price: amountInputText(ad.price, currentLocale(), currencyDigits(ad.currency)), currency: ad.currency,
    stock: String(ad.stock), category: ad.category, region: ad.region, media_ids: ad.media_ids,
  };
}

function readPrice(draft: Draft) {
  return parseAmount(draft.price, currentLocale(), currencyDigits(draft.currency), true);
}

/** What the browser can say before asking: the service checks again and its answer wins. */
function validate(draft: Draft): FieldErrors {
  const t = i18n.t;
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = [t('adForm.errors.titleRequired')];
  else if (title.length < 3) errors.title = [t('adForm.errors.titleShort')];
  const price = readPrice(draft);
  if (!price.ok) {
    const digits = currencyDigits(draft.currency);
    const example = exampleAmount(currentLocale(), digits);
    if (price.problem === 'empty') errors.price = [t('adForm.errors.priceRequired')];
    else if (price.problem === 'decimals') {
      errors.price = [digits === 0 ? t('adForm.errors.priceNoCents', { currency: draft.currency, example }) : t('adForm.errors.priceDecimals', { count: digits, example })];
    } else if (price.problem === 'negative') errors.price = [t('adForm.errors.priceNegative')];
    else errors.price = [t('adForm.errors.priceFormat', { example })];
  }
  if (!/^\d+$/.test(draft.stock.trim())) errors.stock = [t('adForm.errors.stock')];
  if (!draft.category) errors.category = [t('adForm.errors.category')];
  return errors;
}

export function AdFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const editing = id !== undefined;
  const me = useSession((s) => s.session?.user ?? null);
  const { data: ad, error, loading, reload } = useAsync<Ad | null>(
    (signal) => (editing ? marketApi.ad(id, signal) : Promise.resolve(null)),
    [id],
  );
  useDocumentTitle(editing ? t('adForm.editTitle') : t('adForm.newTitle'));

  if (!me) return null;
  if (!editing && me.role !== 'businessman' && me.role !== 'specialist') {
    return (
      <section className="page page--narrow">
        <h1>{t('adForm.newTitle')}</h1>
        <p>{t('adForm.notSeller', { role: roleLabel(me.role) })}</p>
        <Link to="/marketplace">{t('adForm.back')}</Link>
      </section>
    );
  }
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  if (error) return <section className="page"><ErrorState error={error} onRetry={reload} /></section>;
  if (editing && (loading || !ad)) return <PageLoading />;
  if (ad && userId(ad.seller) !== me.id && me.role !== 'admin') {
    return <section className="page page--narrow"><h1>{t('adForm.editTitle')}</h1><p>{t('adForm.onlySeller')}</p></section>;
  }
  return <AdForm key={ad?.id ?? 'new'} ad={ad ?? null} />;
}

function AdForm({ ad }: { ad: Ad | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => (ad ? fromAd(ad) : emptyDraft()));
  const { data: regions } = useRegions();
  // Until the seller picks a currency, a new ad takes the one of its region's country (an ad being edited keeps its own).
  const [currencyPicked, setCurrencyPicked] = useState(!!ad);
  const [currencyFrom, setCurrencyFrom] = useState<string | null>(null);
  // A new ad starts in the region of the seller's profile, until the seller picks one; a missing profile is no error.
  const [regionPicked, setRegionPicked] = useState(!!ad);
  const sellerKind = kindForRole(useSession((s) => s.session?.user.role))?.kind;
  const { data: profile } = useAsync(
    (signal) => (ad || !sellerKind ? Promise.resolve(null) : findMyProfile(sellerKind, signal).catch(() => null)),
    [ad?.id, sellerKind],
  );
  useEffect(() => {
    const start = !regionPicked && regions && profile ? startingRegion(regions, profile.region) : null;
    if (!start) return;
    setRegionPicked(true);
    setDraft((current) => (current.region ? current : { ...current, region: start.region, ...(currencyPicked ? {} : { currency: start.currency }) }));
    if (!currencyPicked) setCurrencyFrom(start.country);
  }, [regions, profile, regionPicked, currencyPicked]);
  const submit = useSubmit<Draft>(FIELDS, validate);
  const update = (next: Draft, ...keys: (keyof Draft)[]) => {
    setDraft(next);
    for (const key of keys) submit.changed(key, next);
  };
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => {
    if (key === 'currency') {
      setCurrencyPicked(true);
      setCurrencyFrom(null);
    }
    // The price's decimals depend on the currency: a price that showed an error is checked again.
    update({ ...draft, [key]: value }, ...(key === 'currency' ? [key, 'price' as const] : [key]));
  };
  const setRegion = (region: string) => {
    setRegionPicked(true);
    const country = regions ? findCountry(regions, region) : undefined;
    if (currencyPicked || !country) {
      update({ ...draft, region }, 'region');
      return;
    }
    setCurrencyFrom(country.name);
    update({ ...draft, region, currency: country.currency }, 'region', 'currency', 'price');
  };
  const leave = (key: keyof Draft) => () => submit.left(key, draft);
  const locale = currentLocale();
  const digits = currencyDigits(draft.currency);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const price = readPrice(draft);
    if (!submit.check(draft) || !price.ok) return;
    const body = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      price: price.value,
      currency: draft.currency,
      stock: Number(draft.stock),
      category: draft.category,
      // An ad whose region was written before the catalog keeps it until the seller picks one.
      ...(ad && draft.region === ad.region ? {} : { region: draft.region }),
      media_ids: draft.media_ids,
    };
    const saved = await submit.run(() => (ad ? marketApi.update(ad.id, body) : marketApi.create(body)));
    if (saved) navigate(`/marketplace/ads/${saved.id}`, { replace: !!ad });
  };

  return (
    <section className="page page--narrow">
      <header className="page-header">
        <h1>{ad ? t('adForm.editTitle') : t('adForm.newTitle')}</h1>
      </header>
      {submit.message ? <Alert>{submit.message}</Alert> : null}
      <form ref={submit.formRef} className="card form" onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
        <TextField label={t('fields.title')} name="title" value={draft.title} onChange={set('title')} onBlur={leave('title')} required minLength={3} maxLength={140} errors={submit.errorsFor('title')} />
        <TextArea label={t('fields.description')} name="description" value={draft.description} onChange={set('description')} onBlur={leave('description')} rows={6} maxLength={5000} errors={submit.errorsFor('description')} />
        <div className="form-row">
          <TextField
            label={t('fields.price')}
            name="price"
            value={draft.price}
            onChange={set('price')}
            onBlur={leave('price')}
            inputMode={digits === 0 ? 'numeric' : 'decimal'}
            autoComplete="off"
            required
            placeholder={exampleAmount(locale, digits)}
            hint={digits === 0 ? t('adForm.priceHintWhole', { currency: draft.currency, example: exampleAmount(locale, 0) }) : t('adForm.priceHint', { example: exampleAmount(locale, digits) })}
            errors={submit.errorsFor('price')}
          />
          <SelectField
            label={t('fields.currency')}
            name="currency"
            value={draft.currency}
            onChange={set('currency')}
            options={CURRENCIES.map((c) => ({ value: c, label: currencyLabel(c, locale) }))}
            hint={currencyFrom ? t('adForm.currencyFromRegion', { country: currencyFrom }) : undefined}
            errors={submit.errorsFor('currency')}
          />
          <TextField label={t('fields.stock')} name="stock" type="number" min={0} step={1} inputMode="numeric" value={draft.stock} onChange={set('stock')} onBlur={leave('stock')} required errors={submit.errorsFor('stock')} />
        </div>
        <SelectField label={t('fields.category')} name="category" value={draft.category} onChange={set('category')} onBlur={leave('category')} options={allCategories()} emptyLabel={t('common.choose')} required errors={submit.errorsFor('category')} />
        <div className="form-row">
          <RegionPicker name="region" value={draft.region} onChange={setRegion} onBlur={leave('region')} errors={submit.errorsFor('region')} />
        </div>
        <PhotosUpload value={draft.media_ids} onChange={set('media_ids')} errors={submit.errorsFor('media_ids')} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={submit.submitting}>
            {submit.submitting ? t('common.saving') : ad ? t('common.saveChanges') : t('adForm.publish')}
          </button>
          <Link to={ad ? `/marketplace/ads/${ad.id}` : '/marketplace'} className="button button--ghost">{t('common.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
