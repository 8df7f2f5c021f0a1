import { useState } from 'react';
import { mediaContentUrl } from '../api/upload';
import { Icon, type IconName } from './Icon';

interface MediaImageProps {
  id: string | number | null | undefined;
  alt: string;
  className?: string;
  /** Drawn when there is no image or it cannot be loaded. */
  fallback?: IconName;
}

export function MediaImage({ id, alt, className, fallback }: MediaImageProps) {
  const [broken, setBroken] = useState(false);
  if (id === null || id === undefined || id === '' || broken) {
    return (
      <span className={`media-placeholder ${className ?? ''}`} role={alt ? 'img' : undefined} aria-label={alt || undefined}>
        <Icon name={fallback ?? 'leaf'} />
      </span>
    );
  }
  return <img className={className} src={mediaContentUrl(id)} alt={alt} loading="lazy" decoding="async" onError={() => setBroken(true)} />;
}
