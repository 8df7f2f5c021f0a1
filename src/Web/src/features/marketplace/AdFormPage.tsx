import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { marketApi } from '../../api/endpoints';
import { ApiError } from '../../api/problem';
import { useSession } from '../../api/session';
import type { Ad } from '../../api/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Alert, ErrorState, PageLoading } from '../../components/Feedback';
import { SelectField, TextArea, TextField } from '../../components/Field';
import { PhotosUpload } from '../../components/Uploads';
import type { FieldErrors } from '../../api/problem';
import { ALL_CATEGORIES, CURRENCIES } from '../../lib/catalog';
import { userId } from '../../lib/format';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';

const FIELDS = ['title', 'description', 'price', 'currency', 'stock', 'category', 'region', 'media_ids'] as const;

interface Draft {
  title: string;
  description: string;
  price: string;
  currency: string;
  stock: string;
  category: string;
  region: string;
  media_ids: string[];
}

const EMPTY: Draft = { title: '', description: '', price: '', currency: 'USD', stock: '1', category: '', region: '', media_ids: [] };

function fromAd(ad: Ad): Draft {
  return {
    title: ad.title, description: ad.description, price: ad.price, currency: ad.currency, stock: String(ad.stock),
    category: ad.category, region: ad.region, media_ids: ad.media_ids,
  };
}

/** What the browser can say before asking: the service checks again and its answer wins. */
function validate(draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = ['Give the ad a title.'];
  else if (title.length < 3) errors.title = ['Use at least 3 characters.'];
  if (!/^\d+(\.\d{1,2})?$/.test(draft.price.trim())) errors.price = ['Enter a price such as 1250 or 1250.50.'];
  if (!/^\d+$/.test(draft.stock.trim())) errors.stock = ['Enter how many you have, as a whole number.'];
  if (!draft.category) errors.category = ['Choose a category.'];
  return errors;
}

export function AdFormPage() {
  const { id } = useParams();
  const editing = id !== undefined;
  const me = useSession((s) => s.session?.user ?? null);
  const { data: ad, error, loading, reload } = useAsync<Ad | null>(
    (signal) => (editing ? marketApi.ad(id, signal) : Promise.resolve(null)),
    [id],
  );
  useDocumentTitle(editing ? 'Edit ad' : 'Post an ad');

  if (!me) return null;
  if (!editing && me.role !== 'businessman' && me.role !== 'specialist') {
    return (
      <section className="page page--narrow">
        <h1>Post an ad</h1>
        <p>Only businessmen and specialists can post ads. Your account is a {me.role} account.</p>
        <Link to="/marketplace">Back to the marketplace</Link>
      </section>
    );
  }
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  if (error) return <section className="page"><ErrorState error={error} onRetry={reload} /></section>;
  if (editing && (loading || !ad)) return <PageLoading />;
  if (ad && userId(ad.seller) !== me.id && me.role !== 'admin') {
    return <section className="page page--narrow"><h1>Edit ad</h1><p>Only the seller can edit this ad.</p></section>;
  }
  return <AdForm key={ad?.id ?? 'new'} ad={ad ?? null} />;
}

function AdForm({ ad }: { ad: Ad | null }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(ad ? fromAd(ad) : EMPTY);
  const submit = useSubmit(FIELDS);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validate(draft);
    if (Object.keys(problems).length) {
      submit.setFieldErrors(problems);
      return;
    }
    const body = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      price: draft.price.trim(),
      currency: draft.currency,
      stock: Number(draft.stock),
      category: draft.category,
      region: draft.region.trim(),
      media_ids: draft.media_ids,
    };
    const saved = await submit.run(() => (ad ? marketApi.update(ad.id, body) : marketApi.create(body)));
    if (saved) navigate(`/marketplace/ads/${saved.id}`, { replace: !!ad });
  };

  return (
    <section className="page page--narrow">
      <header className="page-header">
        <h1>{ad ? 'Edit ad' : 'Post an ad'}</h1>
      </header>
      {submit.message ? <Alert>{submit.message}</Alert> : null}
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={submit.submitting}>
        <TextField label="Title" name="title" value={draft.title} onChange={set('title')} required minLength={3} maxLength={140} errors={submit.errorsFor('title')} />
        <TextArea label="Description" name="description" value={draft.description} onChange={set('description')} rows={6} maxLength={5000} errors={submit.errorsFor('description')} />
        <div className="form-row">
          <TextField label="Price" name="price" value={draft.price} onChange={set('price')} inputMode="decimal" required placeholder="0.00" errors={submit.errorsFor('price')} />
          <SelectField label="Currency" name="currency" value={draft.currency} onChange={set('currency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} errors={submit.errorsFor('currency')} />
          <TextField label="Stock" name="stock" type="number" min={0} step={1} inputMode="numeric" value={draft.stock} onChange={set('stock')} required errors={submit.errorsFor('stock')} />
        </div>
        <div className="form-row">
          <SelectField label="Category" name="category" value={draft.category} onChange={set('category')} options={ALL_CATEGORIES} emptyLabel="Choose…" required errors={submit.errorsFor('category')} />
          <TextField label="Region" name="region" value={draft.region} onChange={set('region')} maxLength={100} errors={submit.errorsFor('region')} />
        </div>
        <PhotosUpload value={draft.media_ids} onChange={set('media_ids')} errors={submit.errorsFor('media_ids')} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={submit.submitting}>
            {submit.submitting ? 'Saving…' : ad ? 'Save changes' : 'Publish ad'}
          </button>
          <Link to={ad ? `/marketplace/ads/${ad.id}` : '/marketplace'} className="button button--ghost">Cancel</Link>
        </div>
      </form>
    </section>
  );
}
