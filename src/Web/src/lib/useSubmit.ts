import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { ApiError, type FieldErrors } from '../api/problem';
import { i18n } from '../i18n';
import { fieldLabel, hasFieldLabel } from './labels';

export interface SubmitState<D> {
  submitting: boolean;
  /** Message for the whole form (problem `detail`, network, 429 …), or null. */
  message: string | null;
  fieldErrors: FieldErrors;
  errorsFor: (field: string) => string[] | undefined;
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  /** Shows these errors (and moves focus to the first field that has one). */
  setFieldErrors: (errors: FieldErrors) => void;
  reset: () => void;
  /** The form: focus goes to its first invalid field after a check or a refused submission. */
  formRef: RefObject<HTMLFormElement | null>;
  /** Checks every field before sending: false (errors shown, focus on the first) when something needs fixing. */
  check: (draft: D) => boolean;
  /** A field changed: once it shows an error it is checked as the person types, so the error goes when fixed. */
  changed: (field: string, draft: D) => void;
  /** A field lost focus: an edited field is checked then, before the form is submitted. */
  left: (field: string, draft: D) => void;
}

function withField(errors: FieldErrors, field: string, messages: string[] | undefined): FieldErrors {
  const next = { ...errors };
  if (messages?.length) next[field] = messages;
  else delete next[field];
  return next;
}

/** The first control of the first field marked invalid, in the order the form shows them. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  const marked = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!marked) return;
  const control = marked.matches('input, select, textarea') ? marked : marked.querySelector<HTMLElement>('input, select, textarea');
  control?.focus();
}

/**
 * The life of a form: each field checked by `validate` when it is left and, once it shows an error, as it changes;
 * every field checked before sending; busy while the request runs; then the API's field errors next to their fields
 * and its `detail` (or a plain sentence) above the form. After a refusal focus goes to the first field with an
 * error. Field errors the form has no field for are added to the message, under the field's name in words.
 */
export function useSubmit<D = unknown>(knownFields?: readonly string[], validate?: (draft: D) => FieldErrors): SubmitState<D> {
  const [submitting, setSubmitting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setErrors] = useState<FieldErrors>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const busy = useRef(false);
  const edited = useRef(new Set<string>());
  const formRef = useRef<HTMLFormElement | null>(null);
  const validateRef = useRef(validate);
  validateRef.current = validate;

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const setFieldErrors = useCallback((errors: FieldErrors) => {
    setErrors(errors);
    if (Object.keys(errors).length) setFocusRequest((n) => n + 1);
  }, []);

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setSubmitting(true);
    setMessage(null);
    setErrors({});
    try {
      return await action();
    } catch (error) {
      if (error instanceof ApiError) {
        const shown: FieldErrors = {};
        const orphans: string[] = [];
        for (const [field, messages] of Object.entries(error.fieldErrors)) {
          if (!knownFields || knownFields.includes(field)) shown[field] = messages;
          else orphans.push(...messages.map((m) => (hasFieldLabel(field) ? `${fieldLabel(field)}: ${m}` : m)));
        }
        setFieldErrors(shown);
        setMessage([error.userMessage, ...orphans].join(' '));
      } else if (error instanceof Error && error.name === 'AbortError') {
        setMessage(null);
      } else {
        setMessage(i18n.t('problems.unknown'));
      }
      return undefined;
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }, [knownFields, setFieldErrors]);

  const check = useCallback((draft: D) => {
    const problems = validateRef.current?.(draft) ?? {};
    setMessage(null);
    setFieldErrors(problems);
    return Object.keys(problems).length === 0;
  }, [setFieldErrors]);

  const changed = useCallback((field: string, draft: D) => {
    edited.current.add(field);
    setErrors((current) => (current[field] ? withField(current, field, validateRef.current?.(draft)[field]) : current));
  }, []);

  const left = useCallback((field: string, draft: D) => {
    if (!edited.current.has(field)) return;
    const problems = validateRef.current?.(draft)[field];
    setErrors((current) => withField(current, field, problems));
  }, []);

  const errorsFor = useCallback((field: string) => fieldErrors[field], [fieldErrors]);
  const reset = useCallback(() => {
    setMessage(null);
    setErrors({});
  }, []);
  return { submitting, message, fieldErrors, errorsFor, run, setFieldErrors, reset, formRef, check, changed, left };
}
