import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctCodes, findDivision, regionLabel, splitRegion } from '../lib/regions';
import { useRegions } from '../lib/useRegions';
import { RegionPicker } from './RegionPicker';

interface RegionListFieldProps {
  /** The group's name in words (its legend). */
  label: string;
  name: string;
  /** Division codes ("CO-COR"), in the order the person added them. */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  max: number;
  hint?: ReactNode;
  errors?: string[] | undefined;
}

/**
 * Several regions of the catalog (a specialist's regions served): the ones chosen, each with a button that removes
 * it, then a country and division picker with a button that adds the division.
 */
export function RegionListField({ label, name, value, onChange, max, hint, errors }: RegionListFieldProps) {
  const { t } = useTranslation();
  const { data: catalog } = useRegions();
  const [pending, setPending] = useState('');
  const id = `${useId()}-${name}`;
  const codes = distinctCodes(value);
  const chosen = splitRegion(pending).division;
  const named = (code: string) => (catalog ? regionLabel(catalog, code) : code);
  const listed = !!chosen && codes.includes(chosen);
  const canAdd = !!chosen && !listed && codes.length < max && !!catalog && !!findDivision(catalog, chosen);

  const add = () => {
    if (!canAdd) return;
    onChange([...codes, chosen]);
    setPending('');
  };
  const remove = (code: string) => onChange(codes.filter((c) => c !== code));
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <fieldset
      className={`field region-list ${errors?.length ? 'field--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>{label}</legend>
      {codes.length ? (
        <ul className="region-list__items" aria-live="polite">
          {codes.map((code) => (
            <li key={code} className="region-list__item">
              <span>{named(code)}</span>
              <button type="button" className="button button--small button--ghost" onClick={() => remove(code)} aria-label={t('regions.remove', { name: named(code) })}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint" aria-live="polite">{t('regions.noneServed')}</p>
      )}
      <div className="form-row region-list__picker">
        <RegionPicker
          name={`${name}-new`}
          value={pending}
          onChange={setPending}
          label={t('regions.servedDivision')}
          countryLabel={t('regions.servedCountry')}
          hint={listed ? t('regions.alreadyServed', { name: named(chosen) }) : undefined}
        />
      </div>
      <div>
        <button type="button" className="button button--secondary" onClick={add} disabled={!canAdd}>{t('regions.add')}</button>
      </div>
      {hint ? <p className="field-hint" id={`${id}-hint`}>{hint}</p> : null}
      {errors?.length ? (
        <ul className="field-errors" id={`${id}-error`}>
          {errors.map((message) => <li key={message}>{message}</li>)}
        </ul>
      ) : null}
    </fieldset>
  );
}
