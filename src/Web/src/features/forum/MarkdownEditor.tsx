import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/problem';
import { Alert, Spinner } from '../../components/Feedback';
import { useAsync, useDebounced } from '../../lib/useAsync';
import { forumApi } from './forumApi';

interface Props {
  /** The textarea's id (its label points at it). */
  id: string;
  /** The textarea's label; `hideLabel` keeps it for screen readers only. */
  label: string;
  hideLabel?: boolean;
  /** The tab list's name: the field's label where nothing else reads it, else a name of its own. */
  tabsLabel: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  rows?: number;
  invalid?: boolean;
  /** A line under the textarea (Markdown help), read as its description. */
  help?: ReactNode;
}

/**
 * A Markdown body with Write and Preview tabs. The preview is the server's rendering (POST /api/foro/preview/), by the
 * renderer that publishing uses, so it shows exactly what will be published.
 */
export function MarkdownEditor({ id, label, hideLabel, tabsLabel, value, onChange, required, rows, invalid, help }: Props) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const tabsId = useId();
  const helpId = help ? `${id}-help` : undefined;
  return (
    <>
      <div className="tabs" role="tablist" aria-label={tabsLabel}>
        <button type="button" role="tab" id={`${tabsId}-write`} aria-selected={!preview} onClick={() => setPreview(false)}>{t('forum.write')}</button>
        <button type="button" role="tab" id={`${tabsId}-preview`} aria-selected={preview} onClick={() => setPreview(true)}>{t('forum.preview')}</button>
      </div>
      <div role="tabpanel" aria-labelledby={`${tabsId}-${preview ? 'preview' : 'write'}`} className="markdown-editor__panel">
        {preview ? <MarkdownPreview markdown={value} /> : (
          <>
            <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
            <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} required={required}
              aria-invalid={invalid || undefined} aria-describedby={helpId} />
            {help ? <p id={helpId} className="muted">{help}</p> : null}
          </>
        )}
      </div>
    </>
  );
}

/** The server's HTML for `markdown`, asked again when the text settles (debounced); already sanitized by the server. */
function MarkdownPreview({ markdown }: { markdown: string }) {
  const { t } = useTranslation();
  // Starts at the text as it is when the tab opens (no wait); later changes are asked for once they settle.
  const text = useDebounced(markdown, 300);
  const empty = text.trim() === '';
  const rendered = useAsync((signal) => (empty ? Promise.resolve(null) : forumApi.preview(text, signal)), [text]);
  if (empty) return <p className="muted">{t('forum.previewEmpty')}</p>;
  if (rendered.error) {
    return (
      <Alert>
        {t('forum.previewFailed')} {errorMessage(rendered.error)}{' '}
        <button type="button" className="link-button" onClick={rendered.reload}>{t('common.tryAgain')}</button>
      </Alert>
    );
  }
  if (rendered.loading || !rendered.data) return <Spinner label={t('forum.previewLoading')} />;
  return <div className="forum-post__body forum-preview" aria-live="polite" dangerouslySetInnerHTML={{ __html: rendered.data.body_html }} />;
}
