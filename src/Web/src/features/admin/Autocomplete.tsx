import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/problem';
import { useDebounced } from '../../lib/useAsync';
import { lookups, type Option } from './refs';

interface AutocompleteProps {
  kind: 'user' | 'ad';
  label: string;
  /** The chosen object's id, or '' for none. */
  value: string;
  onChange: (id: string) => void;
  errors?: string[] | undefined;
  required?: boolean;
  compact?: boolean;
}

/**
 * A combobox (WAI-ARIA 1.2 pattern) that finds a user or an ad as you type and keeps its id: arrows move through
 * the suggestions, Enter picks, Escape closes.
 */
export function Autocomplete({ kind, label, value, onChange, errors, required, compact }: AutocompleteProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<string>('');
  // The text the suggestions were found for: Enter never picks a suggestion for older text.
  const [resultsFor, setResultsFor] = useState<string | null>(null);
  const term = useDebounced(text, 250);
  const lookup = lookups[kind];
  const typing = useRef(false);
  const described = useRef<string | null>(null);

  // Show the chosen object's name when the value comes from outside (the address, the loaded object).
  useEffect(() => {
    if (!value) {
      if (!typing.current) setText('');
      return;
    }
    if (described.current === value) return;
    described.current = value;
    let cancelled = false;
    lookup.describe(value).then(
      (name) => { if (!cancelled) setText(name); },
      () => { if (!cancelled) setText(`#${value}`); },
    );
    return () => { cancelled = true; };
  }, [value, lookup]);

  useEffect(() => {
    if (!open || !typing.current) return;
    const controller = new AbortController();
    setStatus(t('admin.autocomplete.searching'));
    lookup.search(term.trim(), controller.signal).then(
      (found) => {
        setOptions(found);
        setResultsFor(term.trim());
        setActive(found.length ? 0 : -1);
        setStatus(found.length ? t('admin.autocomplete.suggestions', { count: found.length }) : t('admin.autocomplete.none'));
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setOptions([]);
        setStatus(errorMessage(error));
      },
    );
    return () => controller.abort();
  }, [term, open, lookup, t]);

  const choose = (option: Option) => {
    typing.current = false;
    described.current = option.id;
    setText(option.label);
    setOpen(false);
    onChange(option.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) { typing.current = true; setOpen(true); return; }
      setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      if (active >= 0 && options[active] && resultsFor === text.trim()) choose(options[active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className={`field autocomplete ${compact ? 'autocomplete--compact' : ''} ${errors?.length ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required" aria-hidden="true"> *</span> : null}
      </label>
      <div className="autocomplete__control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={errors?.length ? true : undefined}
          placeholder={kind === 'user' ? t('admin.autocomplete.userPlaceholder') : t('admin.autocomplete.adPlaceholder')}
          value={text}
          onChange={(e) => {
            typing.current = true;
            setText(e.target.value);
            setOpen(true);
            if (value) onChange('');
          }}
          onFocus={() => { if (!value) { typing.current = true; setOpen(true); } }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {value ? (
          <button type="button" className="autocomplete__clear" aria-label={t('admin.autocomplete.clear', { label })} onClick={() => { typing.current = false; setText(''); onChange(''); }}>
            ×
          </button>
        ) : null}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="autocomplete__list" hidden={!open}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'is-active' : undefined}
            onMouseDown={(event) => { event.preventDefault(); choose(option); }}
          >
            {option.label}
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">{open ? status : ''}</span>
      {errors?.length ? <ul className="field-errors">{errors.map((m) => <li key={m}>{m}</li>)}</ul> : null}
    </div>
  );
}
