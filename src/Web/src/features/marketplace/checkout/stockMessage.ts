import { marketApi } from '../../../api/endpoints';
import type { ApiError } from '../../../api/problem';
import type { Ad } from '../../../api/types';
import { i18n } from '../../../i18n';

/** The words for a 409: how many are left now, read from the problem or from the ad fetched again. */
export async function stockMessage(ad: Ad, quantity: number, error: ApiError): Promise<string> {
  const body = error.body ?? {};
  let left: number | null = null;
  for (const key of ['available', 'stock', 'remaining']) {
    if (typeof body[key] === 'number') left = body[key] as number;
  }
  if (left === null) {
    try {
      left = (await marketApi.ad(ad.id)).stock;
    } catch {
      left = null;
    }
  }
  if (left === 0) return i18n.t('buy.soldOut');
  if (left !== null && left < quantity) return i18n.t('buy.onlyLeftLower', { count: left });
  return error.detail ?? i18n.t('buy.notEnough');
}
