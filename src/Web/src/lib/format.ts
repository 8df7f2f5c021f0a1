import type { UserRef } from '../api/types';
import { currentLocale, i18n } from '../i18n';
import { formatCount, formatMoney as money } from './money';

// Everything here writes in the chosen language's locale (see i18n/formattingLocale) at the time it is called;
// components call useTranslation, so they render again when the language changes.

export function formatMoney(amount: string | number, currency: string): string {
  return money(amount, currency, currentLocale());
}

export function formatNumber(value: number): string {
  return formatCount(value, currentLocale());
}

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = parse(iso);
  return date ? new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(date) : iso;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = parse(iso);
  return date ? new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date) : iso;
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = parse(iso);
  return date ? new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(date) : '';
}

export function formatBytes(size: number | null | undefined): string {
  if (size === null || size === undefined) return '—';
  const locale = currentLocale();
  const unit = (value: number, name: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  if (size < 1024) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(size);
  if (size < 1024 * 1024) return unit(size / 1024, 'kilobyte');
  return unit(size / 1024 / 1024, 'megabyte');
}

export function userId(ref: UserRef | null | undefined): number | null {
  if (ref === null || ref === undefined) return null;
  return typeof ref === 'number' ? ref : ref.id;
}

export function userLabel(ref: UserRef | null | undefined): string {
  if (ref === null || ref === undefined) return '—';
  return typeof ref === 'number' ? i18n.t('common.userNumber', { id: ref }) : ref.username;
}
