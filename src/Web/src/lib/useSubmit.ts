import { useCallback, useRef, useState } from 'react';
import { ApiError, type FieldErrors } from '../api/problem';

export interface SubmitState {
  submitting: boolean;
  /** Message for the whole form (problem `detail`, network, 429 …), or null. */
  message: string | null;
  fieldErrors: FieldErrors;
  errorsFor: (field: string) => string[] | undefined;
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  setFieldErrors: (errors: FieldErrors) => void;
  reset: () => void;
}

/**
 * The life of a form submission: busy while the request runs, then the API's field errors next to their fields and
 * its `detail` (or a plain sentence) above the form. Field errors the form has no field for are added to the message.
 */
export function useSubmit(knownFields?: readonly string[]): SubmitState {
  const [submitting, setSubmitting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const busy = useRef(false);

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setSubmitting(true);
    setMessage(null);
    setFieldErrors({});
    try {
      return await action();
    } catch (error) {
      if (error instanceof ApiError) {
        const shown: FieldErrors = {};
        const orphans: string[] = [];
        for (const [field, messages] of Object.entries(error.fieldErrors)) {
          if (!knownFields || knownFields.includes(field)) shown[field] = messages;
          else orphans.push(...messages.map((m) => `${field}: ${m}`));
        }
        setFieldErrors(shown);
        setMessage([error.userMessage, ...orphans].join(' '));
      } else if (error instanceof Error && error.name === 'AbortError') {
        setMessage(null);
      } else {
        setMessage('Something went wrong. Try again.');
      }
      return undefined;
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }, [knownFields]);

  const errorsFor = useCallback((field: string) => fieldErrors[field], [fieldErrors]);
  const reset = useCallback(() => {
    setMessage(null);
    setFieldErrors({});
  }, []);
  return { submitting, message, fieldErrors, errorsFor, run, setFieldErrors, reset };
}
