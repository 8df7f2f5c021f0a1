import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ProfilesListPage } from './ProfilesListPage';
import { ProfileDetailPage } from './ProfileDetailPage';

export default function ProfilesArea() {
  return (
    <Routes>
      <Route index element={<ProfilesListPage />} />
      <Route path=":kind/:id" element={<ProfileDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
