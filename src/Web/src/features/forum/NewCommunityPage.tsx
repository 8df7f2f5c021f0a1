import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/problem';
import { Alert } from '../../components/Feedback';
import { useDocumentTitle } from '../../lib/useAsync';
import { forumApi } from './forumApi';

export function NewCommunityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [rules, setRules] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t('forum.newCommunity'));
  const submit = async () => {
    try {
      const community = await forumApi.createCommunity({ name, description, rules });
      navigate(`/forum/c/${community.slug}`);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  return (
    <section className="forum-compose">
      <h1>{t('forum.newCommunity')}</h1>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label htmlFor="name">{t('forum.name')}</label>
        <input id="name" value={name} onChange={(e) => setName(e.target.value)} required minLength={3} maxLength={60} />
        <label htmlFor="description">{t('forum.description')}</label>
        <textarea id="description" value={description} onChange={(e) => setDescription(e.target.value)} />
        <label htmlFor="rules">{t('forum.rules')}</label>
        <textarea id="rules" value={rules} onChange={(e) => setRules(e.target.value)} />
        {message ? <Alert>{message}</Alert> : null}
        <button type="submit" className="button">{t('forum.create')}</button>
      </form>
    </section>
  );
}
