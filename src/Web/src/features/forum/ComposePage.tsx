import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/problem';
import { Alert } from '../../components/Feedback';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { communityChoices } from './communityChoices';
import { forumApi } from './forumApi';
import { MarkdownEditor } from './MarkdownEditor';

/** Ask a question: community, title, Markdown body (previewed as the server renders it) and an optional link. */
export function ComposePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [named] = useState(params.get('community') ?? '');
  const [community, setCommunity] = useState(named);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [link, setLink] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const communities = useAsync((signal) => forumApi.communities({ page_size: 100 }, signal), []);
  // The community of ?community=slug, loaded by itself: the list's first page may not have it.
  const preselected = useAsync((signal) => (named ? forumApi.community(named, signal) : Promise.resolve(null)), [named]);
  // Until the options are known the select may not hold the chosen community, and the browser would refuse the form.
  const optionsLoading = communities.loading || preselected.loading;
  const options = communityChoices(communities.data?.results, preselected.data);
  // A slug no community has (or that could not be loaded) would leave the required select on no option and the form
  // silently unsendable: it is dropped, and said.
  const missing = !optionsLoading && community !== '' && !options.some((c) => c.slug === community);
  useEffect(() => {
    if (missing) setCommunity('');
  }, [missing]);
  const namedMissing = !optionsLoading && named !== '' && !options.some((c) => c.slug === named);
  useDocumentTitle(t('forum.ask'));
  const submit = async () => {
    setSending(true);
    try {
      const post = await forumApi.createPost({ community, title, body, link: link || null });
      navigate(`/forum/p/${post.id}`);
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fieldErrors ?? {} : {});
      setMessage(errorMessage(error));
    } finally {
      setSending(false);
    }
  };
  return (
    <section className="forum-compose">
      <h1>{t('forum.ask')}</h1>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} aria-busy={optionsLoading || sending}>
        <label htmlFor="community">{t('forum.community')}</label>
        <select id="community" value={community} onChange={(e) => setCommunity(e.target.value)} required aria-invalid={Boolean(errors.community)}
          aria-describedby={errors.community ? 'community-error' : undefined}>
          <option value="">{optionsLoading ? t('forum.loadingCommunities') : t('forum.chooseCommunity')}</option>
          {options.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
        </select>
        {namedMissing ? <p className="field-error">{t('forum.communityNotFound', { slug: named })}</p> : null}
        {communities.error ? <Alert>{errorMessage(communities.error)}</Alert> : null}
        {errors.community ? <p id="community-error" className="field-error">{errors.community.join(' ')}</p> : null}
        <label htmlFor="title">{t('forum.title')}</label>
        <input id="title" value={title} onChange={(e) => setTitle(e.target.value)} required aria-invalid={Boolean(errors.title)} />
        {errors.title ? <p className="field-error">{errors.title.join(' ')}</p> : null}
        <MarkdownEditor id="body" label={t('forum.body')} tabsLabel={t('forum.body')} value={body} onChange={setBody} rows={8}
          invalid={Boolean(errors.body)} help={t('forum.markdownHelp')} />
        {errors.body ? <p className="field-error">{errors.body.join(' ')}</p> : null}
        <label htmlFor="link">{t('forum.link')}</label>
        <input id="link" type="url" value={link} onChange={(e) => setLink(e.target.value)} aria-invalid={Boolean(errors.link)} />
        {errors.link ? <p className="field-error">{errors.link.join(' ')}</p> : null}
        {message ? <Alert>{message}</Alert> : null}
        <button type="submit" className="button" disabled={optionsLoading || sending}>{t('forum.publish')}</button>
      </form>
    </section>
  );
}
