import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { profilesApi } from '../../api/endpoints';
import type { Profile } from '../../api/types';
import { EmptyState, ErrorState, SkeletonCards } from '../../components/Feedback';
import { MediaImage } from '../../components/MediaImage';
import { Pagination } from '../../components/Pagination';
import { RegionPicker } from '../../components/RegionPicker';
import { enumLabel } from '../../lib/labels';
import { useAsync, useDocumentTitle } from '../../lib/useAsync';
import { KINDS, kindInfo } from './kinds';
import { Icon } from '../../components/Icon';

const PAGE_SIZE = 12;

function summary(profile: Profile): string {
  if ('specialty' in profile) return profile.specialty;
  if ('company' in profile) return profile.company;
  if ('farm_type' in profile) return profile.farm_type ?? '';
  return '';
}

export function ProfilesListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const info = kindInfo(params.get('kind') ?? undefined) ?? KINDS[0]!;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const search = params.get('q') ?? '';
  const region = params.get('region') ?? '';
  const specialty = params.get('specialty') ?? '';
  const kindLabel = enumLabel('profileKind', info.kind);
  useDocumentTitle(kindLabel);

  const [draft, setDraft] = useState({ search, region, specialty });
  useEffect(() => setDraft({ search, region, specialty }), [search, region, specialty]);

  const { data, error, loading, reload } = useAsync(
    (signal) =>
      profilesApi.list(info.kind, {
        q: search, region, specialty: info.kind === 'specialists' ? specialty : undefined, page, page_size: PAGE_SIZE,
      }, signal),
    [info.kind, search, region, specialty, page],
  );

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft.search.trim(), region: draft.region.trim(), specialty: draft.specialty.trim(), page: '' });
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('profiles.title')}</h1>
        <p className="lead">{t('profiles.lead')}</p>
      </header>
      <nav className="tabs" aria-label={t('profiles.kindsLabel')}>
        {KINDS.map((k) => (
          <Link
            key={k.kind}
            to={`?kind=${k.kind}`}
            className={`tabs__tab ${k.kind === info.kind ? 'is-current' : ''}`}
            aria-current={k.kind === info.kind ? 'page' : undefined}
          >
            {enumLabel('profileKind', k.kind)}
          </Link>
        ))}
      </nav>
      <form className="filters filters--inline" role="search" onSubmit={onFilter} aria-label={t('profiles.filterLabel', { kind: kindLabel })}>
        <div className="field">
          <label htmlFor="profile-search">{t('common.search')}</label>
          <input id="profile-search" type="search" value={draft.search} onChange={(e) => setDraft({ ...draft, search: e.target.value })} placeholder={t('profiles.searchPlaceholder')} />
        </div>
        {info.kind === 'specialists' ? (
          <div className="field">
            <label htmlFor="profile-specialty">{t('fields.specialty')}</label>
            <input id="profile-specialty" value={draft.specialty} onChange={(e) => setDraft({ ...draft, specialty: e.target.value })} placeholder={t('profiles.specialtyPlaceholder')} />
          </div>
        ) : null}
        <RegionPicker name="region" value={draft.region} onChange={(next) => setDraft({ ...draft, region: next })} countryAlone />
        <div className="filters__actions">
          <button type="submit" className="button button--primary">{t('common.apply')}</button>
          {search || region || specialty ? (
            <button type="button" className="button button--ghost" onClick={() => update({ q: '', region: '', specialty: '', page: '' })}>{t('common.clear')}</button>
          ) : null}
        </div>
      </form>

      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !data ? <SkeletonCards count={6} /> : null}
      {data && !error ? (
        data.results.length === 0 ? (
          <EmptyState title={t(`profiles.empty.${info.kind}`)}>
            {search || region || specialty ? <p>{t('profiles.fewerFilters')}</p> : <p>{t('profiles.noneYet')}</p>}
          </EmptyState>
        ) : (
          <div aria-busy={loading}>
            <ul className="card-grid">
              {data.results.map((profile) => (
                <li key={profile.id}>
                  <Link to={`/profiles/${info.kind}/${profile.id}`} className="card card--link profile-card">
                    <MediaImage id={profile.avatar} alt="" className="avatar" fallback="user" size="thumbnail" />
                    <span className="profile-card__text">
                      <span className="profile-card__name">{profile.display_name || profile.user.username}</span>
                      <span className="profile-card__summary">{summary(profile)}</span>
                      {profile.region ? <span className="profile-card__region"><Icon name="pin" /> {profile.region_name ?? profile.region}</span> : null}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            <Pagination page={page} pageSize={PAGE_SIZE} count={data.count} onPage={(p) => update({ page: p > 1 ? String(p) : '' })} />
          </div>
        )
      ) : null}
    </section>
  );
}
