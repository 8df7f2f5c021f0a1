import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { RequireAuth, RequireRole } from './guards';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from './NotFoundPage';
import { useSessionCheck } from './useSessionCheck';

// One chunk per area: a page's code is downloaded when someone first goes there.
const LoginPage = lazy(() => import('../features/account/LoginPage'));
const RegisterPage = lazy(() => import('../features/account/RegisterPage'));
const ForgotPasswordPage = lazy(() => import('../features/account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/account/ResetPasswordPage'));
const AccountPage = lazy(() => import('../features/account/AccountPage'));
const ProfilesArea = lazy(() => import('../features/profiles/ProfilesArea'));
const MyProfilePage = lazy(() => import('../features/profiles/MyProfilePage'));
const MarketplaceArea = lazy(() => import('../features/marketplace/MarketplaceArea'));
const OrdersPage = lazy(() => import('../features/marketplace/OrdersPage'));
const OrderDetailPage = lazy(() => import('../features/marketplace/orders/OrderDetailPage'));
const AddressesPage = lazy(() => import('../features/marketplace/addresses/AddressesPage'));
const ChatArea = lazy(() => import('../features/chat/ChatArea'));
const ForumArea = lazy(() => import('../features/forum/ForumArea'));
const AnalyticsPage = lazy(() => import('../features/analytics/AnalyticsPage'));
// Rendered only inside RequireRole: people who are not administrators never download it.
const AdminArea = lazy(() => import('../features/admin/AdminArea'));

export function App() {
  useSessionCheck();
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="account" element={<RequireAuth><AccountPage /></RequireAuth>} />
        <Route path="profiles/*" element={<ProfilesArea />} />
        <Route path="profile" element={<RequireAuth><MyProfilePage /></RequireAuth>} />
        <Route path="marketplace/*" element={<MarketplaceArea />} />
        <Route path="orders" element={<RequireAuth><OrdersPage /></RequireAuth>} />
        <Route path="orders/:id" element={<RequireAuth><OrderDetailPage /></RequireAuth>} />
        <Route path="account/addresses" element={<RequireAuth><AddressesPage /></RequireAuth>} />
        <Route path="forum/*" element={<ForumArea />} />
        <Route path="chat/*" element={<ChatArea />} />
        <Route path="analytics/*" element={<RequireAuth><AnalyticsPage /></RequireAuth>} />
        <Route path="admin/*" element={<RequireRole role="admin"><AdminArea /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
