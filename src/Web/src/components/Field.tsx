import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface BaseProps {
  label: string;
  name: string;
  errors?: string[] | undefined;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  className?: string;
  /** The field lost focus (forms check an edited field then). */
  onBlur?: () => void;
}

/** Wires a control to its label, hint and error messages (aria-describedby, aria-invalid). */
function useFieldIds(name: string) {
  const id = `${useId()}-${name}`;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

function describedBy(hint: ReactNode, errors: string[] | undefined, hintId: string, errorId: string): string | undefined {
  const ids = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages({ hint, errors, hintId, errorId }: { hint: ReactNode; errors: string[] | undefined; hintId: string; errorId: string }) {
  return (
    <>
      {hint ? <p className="field-hint" id={hintId}>{hint}</p> : null}
      {errors?.length ? (
        <ul className="field-errors" id={errorId}>
          {errors.map((message) => <li key={message}>{message}</li>)}
        </ul>
      ) : null}
    </>
  );
}

interface TextFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'number' | 'search' | 'url' | 'tel';
  autoComplete?: string;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'search';
  min?: number | string;
  max?: number | string;
  step?: number | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  autoFocus?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { label, name, errors, hint, required, disabled, readOnly, className, value, onChange, onBlur, type = 'text', ...rest } = props;
  const { id, hintId, errorId } = useFieldIds(name);
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const password = type === 'password';
  const input = (
    <input
      id={id}
      name={name}
      type={password && revealed ? 'text' : type}
      value={value}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      onBlur={onBlur}
      required={required}
      disabled={disabled}
      readOnly={readOnly}
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={describedBy(hint, errors, hintId, errorId)}
      {...(password ? { autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } : {})}
      {...rest}
    />
  );
  return (
    <div className={`field ${errors?.length ? 'field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required" aria-hidden="true"> *</span> : null}
      </label>
      {password ? (
        <div className="password-control">
          {input}
          {/* Shows what was typed: on a phone a mistyped password is the usual reason a sign-in fails. */}
          <button
            type="button"
            className="password-control__toggle"
            aria-controls={id}
            aria-pressed={revealed}
            onClick={() => setRevealed((shown) => !shown)}
            disabled={disabled}
            aria-label={t('common.showPassword')}
          >
            {t('common.show')}
          </button>
        </div>
      ) : input}
      <Messages hint={hint} errors={errors} hintId={hintId} errorId={errorId} />
    </div>
  );
}

interface TextAreaProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
}

export function TextArea(props: TextAreaProps) {
  const { label, name, errors, hint, required, disabled, readOnly, className, value, onChange, onBlur, rows = 4, ...rest } = props;
  const { id, hintId, errorId } = useFieldIds(name);
  return (
    <div className={`field ${errors?.length ? 'field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required" aria-hidden="true"> *</span> : null}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        required={required}
        disabled={disabled}
        readOnly={readOnly}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint, errors, hintId, errorId)}
        {...rest}
      />
      <Messages hint={hint} errors={errors} hintId={hintId} errorId={errorId} />
    </div>
  );
}

interface SelectFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  /** Adds a first option with an empty value. */
  emptyLabel?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { label, name, errors, hint, required, disabled, readOnly, className, value, onChange, onBlur, options, emptyLabel } = props;
  const { id, hintId, errorId } = useFieldIds(name);
  return (
    <div className={`field ${errors?.length ? 'field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required" aria-hidden="true"> *</span> : null}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        required={required}
        disabled={disabled || readOnly}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint, errors, hintId, errorId)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <Messages hint={hint} errors={errors} hintId={hintId} errorId={errorId} />
    </div>
  );
}

interface CheckboxFieldProps extends BaseProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const { label, name, errors, hint, disabled, readOnly, className, checked, onChange } = props;
  const { id, hintId, errorId } = useFieldIds(name);
  return (
    <div className={`field field--checkbox ${errors?.length ? 'field--invalid' : ''} ${className ?? ''}`}>
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        disabled={disabled || readOnly}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint, errors, hintId, errorId)}
      />
      <label htmlFor={id}>{label}</label>
      <Messages hint={hint} errors={errors} hintId={hintId} errorId={errorId} />
    </div>
  );
}

/** Radio buttons as one labelled group (a fieldset with a legend). */
export function RadioGroup(props: {
  legend: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string; description?: string }[];
  errors?: string[] | undefined;
  required?: boolean;
}) {
  const { legend, name, value, onChange, options, errors, required } = props;
  const { id, errorId } = useFieldIds(name);
  return (
    <fieldset
      className={`field radio-group ${errors?.length ? 'field--invalid' : ''}`}
      aria-describedby={errors?.length ? errorId : undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>
        {legend}
        {required ? <span className="required" aria-hidden="true"> *</span> : null}
      </legend>
      <div className="radio-options">
        {options.map((option) => (
          <label key={option.value} className={`radio-card ${value === option.value ? 'radio-card--checked' : ''}`} htmlFor={`${id}-${option.value}`}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              required={required}
            />
            <span className="radio-card__label">{option.label}</span>
            {option.description ? <span className="radio-card__description">{option.description}</span> : null}
          </label>
        ))}
      </div>
      <Messages hint={null} errors={errors} hintId="" errorId={errorId} />
    </fieldset>
  );
}
