import type { UserRef } from '../api/types';

export function formatMoney(amount: string | number, currency: string): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(date);
}

export function formatBytes(size: number | null | undefined): string {
  if (size === null || size === undefined) return '—';
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

export function userId(ref: UserRef | null | undefined): number | null {
  if (ref === null || ref === undefined) return null;
  return typeof ref === 'number' ? ref : ref.id;
}

export function userLabel(ref: UserRef | null | undefined): string {
  if (ref === null || ref === undefined) return '—';
  return typeof ref === 'number' ? `user #${ref}` : ref.username;
}

export function titleCase(value: string): string {
  return value.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

export const ROLE_LABELS: Record<string, string> = {
  consumer: 'Consumer (farmer, buyer)',
  specialist: 'Specialist (veterinarian, agronomist)',
  businessman: 'Businessman (seller)',
  admin: 'Administrator',
};

export const ROLE_SHORT: Record<string, string> = {
  consumer: 'Consumer',
  specialist: 'Specialist',
  businessman: 'Businessman',
  admin: 'Administrator',
};
