import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, i18n } from '../i18n';
import { countryOfCode, countryOptions, divisionOptions, findCountry, splitRegion, type Option, type RegionCatalog } from '../lib/regions';
import { useRegions } from '../lib/useRegions';
import { SelectField } from './Field';

interface RegionPickerProps {
  /** The division's field name (`region`): its errors and the form's focus go to the division select. */
  name: string;
  /** A division's code ("CO-COR"), a country's code alone where `countryAlone`, or ''. */
  value: string;
  onChange: (code: string) => void;
  /** The division select's label; "Region" unless given. */
  label?: string;
  /** The country select's label; "Country" unless given. */
  countryLabel?: string;
  errors?: string[] | undefined;
  hint?: ReactNode;
  required?: boolean;
  onBlur?: () => void;
  /** Filters: a country alone stands for all of its divisions ("all of Colombia"), and no country for anywhere. */
  countryAlone?: boolean;
}

/** The value's own option when the catalog does not list it, so that an old value is shown rather than lost. */
function withCurrent(options: Option[], value: string): Option[] {
  return value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
}

/**
 * A region from the catalog (GET /api/regions/): a country, then one of its divisions (departamento, estado,
 * provincia…), named in the chosen language. It yields the division's code the API wants ("CO-COR"), or with
 * `countryAlone` a country's code. Two labelled selects, laid out by the container (a `.form-row` puts them side by
 * side on wide screens and one under the other on a phone).
 */
export function RegionPicker(props: RegionPickerProps) {
  const { name, value, onChange, label, countryLabel, errors, hint, required, onBlur, countryAlone = false } = props;
  const { t } = useTranslation();
  const { data: catalog, error, reload } = useRegions();
  const chosen = splitRegion(value);
  // Forms remember the country chosen before any division is; filters read it from the value itself.
  const [pickedCountry, setPickedCountry] = useState(chosen.country);
  useEffect(() => {
    if (chosen.country) setPickedCountry(chosen.country);
  }, [chosen.country]);
  const country = countryAlone ? chosen.country : chosen.country || pickedCountry;

  const onCountry = (next: string) => {
    setPickedCountry(next);
    if (countryAlone) onChange(next);
    else if (next !== countryOfCode(value)) onChange('');
  };
  const onDivision = (next: string) => onChange(next || (countryAlone ? country : ''));
  // Until a country is chosen the division select is disabled: an error shows (and takes focus) at the country.
  const countryErrors = country ? undefined : errors;
  const divisionErrors = country ? errors : undefined;

  return (
    <>
      <CountrySelect
        name={`${name}-country`}
        label={countryLabel ?? t('fields.country')}
        value={country}
        onChange={onCountry}
        catalog={catalog}
        countryAlone={countryAlone}
        required={required}
        errors={countryErrors}
      />
      <SelectField
        label={label ?? t('fields.region')}
        name={name}
        value={chosen.division}
        onChange={onDivision}
        onBlur={onBlur}
        options={catalog ? withCurrent(divisionOptions(catalog, country, currentLocale()), chosen.division) : []}
        emptyLabel={divisionPrompt(catalog, country, countryAlone, !!error)}
        disabled={!catalog || !country}
        required={required}
        errors={error ? [...(divisionErrors ?? []), t('regions.failed')] : divisionErrors}
        hint={error ? <RetryButton onClick={reload} /> : hint}
      />
    </>
  );
}

/** Asks for the catalog again after a failure. */
export function RetryButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return <button type="button" className="button button--small button--secondary" onClick={onClick}>{t('common.tryAgain')}</button>;
}

/** The division select's first option says what to do, in the words of that country ("Elija el departamento…"). */
export function divisionPrompt(catalog: RegionCatalog | undefined, country: string, countryAlone: boolean, failed: boolean): string {
  const t = i18n.t;
  if (!catalog) return failed ? t('regions.unavailable') : t('common.loading');
  const found = findCountry(catalog, country);
  if (!found) return t('regions.countryFirst');
  return countryAlone ? t('regions.wholeCountry', { country: found.name }) : t('regions.chooseDivision', { type: found.division_type });
}

function CountrySelect(props: {
  name: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  catalog: RegionCatalog | undefined;
  countryAlone: boolean;
  required?: boolean | undefined;
  errors?: string[] | undefined;
}) {
  const { name, label, value, onChange, catalog, countryAlone, required, errors } = props;
  const { t } = useTranslation();
  const options = useMemo(() => (catalog ? countryOptions(catalog, currentLocale()) : []), [catalog]);
  return (
    <SelectField
      label={label}
      name={name}
      value={value}
      onChange={onChange}
      options={catalog ? withCurrent(options, value) : []}
      emptyLabel={!catalog ? t('common.loading') : countryAlone ? t('regions.anyCountry') : t('addresses.chooseCountry')}
      disabled={!catalog}
      required={required}
      errors={errors}
    />
  );
}
