import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/problem';
import { Alert } from '../../components/Feedback';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { forumApi } from './forumApi';

/** Ask a question: community, title, Markdown body (with a preview of the text) and an optional link. */
export function ComposePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [community, setCommunity] = useState(params.get('community') ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [link, setLink] = useState('');
  const [preview, setPreview] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const communities = useAsync((signal) => forumApi.communities({ page_size: 100 }, signal), []);
  useDocumentTitle(t('forum.ask'));
  const submit = async () => {
    try {
      const post = await forumApi.createPost({ community, title, body, link: link || null });
      navigate(`/forum/p/${post.id}`);
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fieldErrors ?? {} : {});
      setMessage(errorMessage(error));
    }
  };
  return (
    <section className="forum-compose">
      <h1>{t('forum.ask')}</h1>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label htmlFor="community">{t('forum.community')}</label>
        <select id="community" value={community} onChange={(e) => setCommunity(e.target.value)} required aria-invalid={Boolean(errors.community)}>
          <option value="">{t('forum.chooseCommunity')}</option>
          {communities.data?.results.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
        </select>
        <label htmlFor="title">{t('forum.title')}</label>
        <input id="title" value={title} onChange={(e) => setTitle(e.target.value)} required aria-invalid={Boolean(errors.title)} />
        {errors.title ? <p className="field-error">{errors.title.join(' ')}</p> : null}
        <div className="tabs" role="tablist" aria-label={t('forum.body')}>
          <button type="button" role="tab" aria-selected={!preview} onClick={() => setPreview(false)}>{t('forum.write')}</button>
          <button type="button" role="tab" aria-selected={preview} onClick={() => setPreview(true)}>{t('forum.preview')}</button>
        </div>
        {preview ? (
          <div className="forum-preview" aria-live="polite">{body.split('\n').map((line, i) => <p key={i}>{line}</p>)}</div>
        ) : (
          <>
            <label htmlFor="body">{t('forum.body')}</label>
            <textarea id="body" rows={8} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby="body-help" />
            <p id="body-help" className="muted">{t('forum.markdownHelp')}</p>
          </>
        )}
        <label htmlFor="link">{t('forum.link')}</label>
        <input id="link" type="url" value={link} onChange={(e) => setLink(e.target.value)} aria-invalid={Boolean(errors.link)} />
        {message ? <Alert>{message}</Alert> : null}
        <button type="submit" className="button">{t('forum.publish')}</button>
      </form>
    </section>
  );
}
