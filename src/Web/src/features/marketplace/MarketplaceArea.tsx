import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireAuth } from '../../app/guards';
import { SearchPage } from './SearchPage';
import { AdPage } from './AdPage';
import { AdFormPage } from './AdFormPage';
import { MyAdsPage } from './MyAdsPage';

const CheckoutPage = lazy(() => import('./checkout/CheckoutPage'));

export default function MarketplaceArea() {
  return (
    <Routes>
      <Route index element={<SearchPage />} />
      <Route path="ads/new" element={<RequireAuth><AdFormPage /></RequireAuth>} />
      <Route path="ads/:id" element={<AdPage />} />
      <Route path="ads/:id/checkout" element={<RequireAuth><CheckoutPage /></RequireAuth>} />
      <Route path="ads/:id/edit" element={<RequireAuth><AdFormPage /></RequireAuth>} />
      <Route path="mine" element={<RequireAuth><MyAdsPage /></RequireAuth>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
