import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { marketApi } from '../../../api/endpoints';
import type { FieldErrors } from '../../../api/problem';
import type { Address, AddressFields } from '../../../api/types';
import { Alert } from '../../../components/Feedback';
import { SelectField, TextArea, TextField } from '../../../components/Field';
import { divisionPrompt, RetryButton } from '../../../components/RegionPicker';
import { currentLocale, i18n } from '../../../i18n';
import { divisionOptions, findCountry, findDivision, splitRegion, type RegionCatalog } from '../../../lib/regions';
import { useRegions } from '../../../lib/useRegions';
import { useSubmit } from '../../../lib/useSubmit';
import { countryOptions } from './countries';

type Draft = Omit<AddressFields, 'region_name'>;
const FIELDS = ['label', 'recipient_name', 'phone', 'line1', 'line2', 'city', 'region', 'country', 'postal_code', 'instructions'] as const;
const REQUIRED = ['recipient_name', 'phone', 'line1', 'city', 'region', 'country'] as const;

const EMPTY: Draft = {
  label: '', recipient_name: '', phone: '', line1: '', line2: '', city: '', region: '', country: '', postal_code: '', instructions: '',
};

/**
 * The checks the service makes, before sending (it checks again). In a country of the regions catalog the region is
 * one of its divisions (a region written before the catalog must be picked again); elsewhere it is free text.
 */
function validate(draft: Draft, regions: RegionCatalog | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of REQUIRED) {
    if (!draft[field].trim()) errors[field] = [i18n.t('addresses.required')];
  }
  if (regions && findCountry(regions, draft.country) && draft.region && findDivision(regions, draft.region)?.country.code !== draft.country) {
    errors.region = [i18n.t('addresses.required')];
  }
  const phone = draft.phone.trim();
  if (phone && (!/^\+?[\d .()-]+$/.test(phone) || phone.replace(/\D/g, '').length < 7 || phone.length > 32)) {
    errors.phone = [i18n.t('addresses.phoneFormat')];
  }
  return errors;
}

/** Adds a delivery address or changes one (POST / PUT /api/orders/addresses/). */
export function AddressForm({ address, onSaved, onCancel }: { address?: Address; onSaved: (saved: Address) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => (address ? { ...EMPTY, ...pick(address) } : EMPTY));
  const { data: regions, error: regionsError, reload: reloadRegions } = useRegions();
  const submit = useSubmit<Draft>(FIELDS, (d) => validate(d, regions));
  const countries = useMemo(() => countryOptions(), []);
  const inCatalog = !!regions && !!findCountry(regions, draft.country);

  const set = (field: keyof Draft) => (value: string) => {
    const next = { ...draft, [field]: value };
    if (field === 'country') next.region = regionInCountry(draft.region, value, regions);
    setDraft(next);
    submit.changed(field, next);
    if (field === 'country') submit.changed('region', next);
  };
  const common = (field: (typeof FIELDS)[number]) => ({
    name: field,
    label: t(`fields.${field}`),
    value: draft[field],
    onChange: set(field),
    onBlur: () => submit.left(field, draft),
    errors: submit.errorsFor(field),
    required: (REQUIRED as readonly string[]).includes(field),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!submit.check(draft)) return;
    const saved = await submit.run(() => (address ? marketApi.replaceAddress(address.id, draft) : marketApi.createAddress(draft)));
    if (saved) onSaved(saved);
  };

  return (
    <form ref={submit.formRef} className="address-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={submit.submitting}>
      {submit.message ? <Alert>{submit.message}</Alert> : null}
      <div className="form-row">
        <TextField {...common('label')} hint={t('addresses.labelHint')} maxLength={60} />
        <TextField {...common('recipient_name')} autoComplete="name" maxLength={120} />
        <TextField {...common('phone')} type="tel" autoComplete="tel" maxLength={32} />
        <TextField {...common('line1')} autoComplete="address-line1" maxLength={200} />
        <TextField {...common('line2')} autoComplete="address-line2" maxLength={200} />
        <TextField {...common('city')} autoComplete="address-level2" maxLength={100} />
        <SelectField {...common('country')} options={countries} emptyLabel={t('addresses.chooseCountry')} />
        {draft.country && regions && !inCatalog ? (
          <TextField {...common('region')} autoComplete="address-level1" maxLength={100} />
        ) : (
          <SelectField
            {...common('region')}
            options={regions ? divisionOptions(regions, draft.country, currentLocale()) : []}
            emptyLabel={divisionPrompt(regions, draft.country, false, !!regionsError)}
            disabled={!regions || !draft.country}
            errors={regionsError ? [...(submit.errorsFor('region') ?? []), t('regions.failed')] : submit.errorsFor('region')}
            hint={regionsError ? <RetryButton onClick={reloadRegions} /> : undefined}
          />
        )}
        <TextField {...common('postal_code')} autoComplete="postal-code" maxLength={20} />
      </div>
      <TextArea {...common('instructions')} rows={2} maxLength={500} hint={t('addresses.instructionsHint')} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={submit.submitting}>
          {submit.submitting ? t('common.saving') : t('addresses.save')}
        </button>
        {onCancel ? <button type="button" className="button button--ghost" onClick={onCancel}>{t('common.cancel')}</button> : null}
      </div>
    </form>
  );
}

/** The region kept when the country changes: a division of that country, or free text between countries outside the catalog. */
function regionInCountry(region: string, country: string, regions: RegionCatalog | undefined): string {
  const division = splitRegion(region).division;
  if (division) return division.startsWith(`${country}-`) ? region : '';
  return regions && findCountry(regions, country) ? '' : region;
}

function pick(address: Address): Draft {
  const draft = { ...EMPTY };
  for (const field of FIELDS) draft[field] = address[field] ?? '';
  return draft;
}
