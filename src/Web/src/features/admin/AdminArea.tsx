import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { AuditHistory } from './AuditHistory';
import { Dashboard } from './Dashboard';
import { ResourceDetail } from './ResourceDetail';
import { ResourceList } from './ResourceList';
import { RESOURCES, findResource } from './resources';
import { resourceText, type AdminResource } from './resource';
import './admin.css';

function WithResource({ view: View }: { view: (props: { resource: AdminResource }) => React.ReactNode }) {
  const { resource: key } = useParams();
  const resource = findResource(key);
  return resource ? <View key={resource.key} resource={resource} /> : <NotFoundPage />;
}

/** Loaded only for administrators (see App.tsx): its own chunk and stylesheet. */
export default function AdminArea() {
  const { t } = useTranslation();
  return (
    <div className="admin">
      <nav className="admin__nav" aria-label={t('accountMenu.admin')}>
        <Link to="/admin" className="admin__home">{t('accountMenu.admin')}</Link>
        <ul>
          {RESOURCES.map((r) => (
            <li key={r.key}><NavLink to={`/admin/${r.key}`}>{resourceText(r, 'label')}</NavLink></li>
          ))}
        </ul>
      </nav>
      <div className="admin__content">
        <Routes>
          <Route index element={<Dashboard />} />
          <Route path=":resource" element={<WithResource view={ResourceList} />} />
          <Route path=":resource/:id" element={<WithResource view={ResourceDetail} />} />
          <Route path=":resource/:id/history" element={<WithResource view={AuditHistory} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </div>
  );
}
