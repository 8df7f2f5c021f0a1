import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireAuth } from '../../app/guards';
import { ComposePage } from './ComposePage';
import { FeedPage } from './FeedPage';
import { NewCommunityPage } from './NewCommunityPage';
import { PostPage } from './PostPage';
import { ReportsPage } from './ReportsPage';
import './forum.css';

export default function ForumArea() {
  return (
    <Routes>
      <Route index element={<FeedPage />} />
      <Route path="c/:slug" element={<FeedPage />} />
      <Route path="c/:slug/reports" element={<RequireAuth><ReportsPage /></RequireAuth>} />
      <Route path="p/:id" element={<PostPage />} />
      <Route path="new" element={<RequireAuth><ComposePage /></RequireAuth>} />
      <Route path="communities/new" element={<RequireAuth><NewCommunityPage /></RequireAuth>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
