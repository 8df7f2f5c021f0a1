import type { AddressFields } from '../../../api/types';
import { countryName } from './countries';

/** An address as it is written on an envelope: who, the street, the place, how to get there. */
export function AddressView({ address, showRecipient = true }: { address: AddressFields; showRecipient?: boolean }) {
  const place = [address.city, address.region_name || address.region, address.postal_code].filter(Boolean).join(', ');
  return (
    <address className="address-view">
      {address.label ? <strong className="address-view__label">{address.label}</strong> : null}
      {showRecipient ? <span>{address.recipient_name} · <a href={`tel:${address.phone.replace(/[^\d+]/g, '')}`}>{address.phone}</a></span> : null}
      <span>{address.line1}</span>
      {address.line2 ? <span>{address.line2}</span> : null}
      <span>{place}</span>
      <span>{countryName(address.country)}</span>
      {address.instructions ? <span className="address-view__instructions">{address.instructions}</span> : null}
    </address>
  );
}
