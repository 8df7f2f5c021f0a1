import { useState } from 'react';
import { mediaContentUrl, mediaThumbnailUrl } from '../api/upload';
import { Icon, type IconName } from './Icon';

interface MediaImageProps {
  id: string | number | null | undefined;
  alt: string;
  className?: string;
  /** Drawn when there is no image or it cannot be loaded. */
  fallback?: IconName;
  /**
   * `thumbnail` (cards, avatars, lists) loads the service's small JPEG and falls back to the file itself for images
   * that have none (WebP); `full` loads the file.
   */
  size?: 'thumbnail' | 'full';
}

export function MediaImage({ id, alt, className, fallback, size = 'full' }: MediaImageProps) {
  // 0: the preferred source, 1: the file itself after a missing thumbnail, 2: nothing loads.
  const [failures, setFailures] = useState(0);
  const [failedFor, setFailedFor] = useState(id);
  if (failedFor !== id) {
    setFailedFor(id);
    setFailures(0);
  }
  const tries = size === 'thumbnail' ? [mediaThumbnailUrl, mediaContentUrl] : [mediaContentUrl];
  const source = id === null || id === undefined || id === '' ? undefined : tries[failures];
  if (!source) {
    return (
      <span className={`media-placeholder ${className ?? ''}`} role={alt ? 'img' : undefined} aria-label={alt || undefined}>
        <Icon name={fallback ?? 'leaf'} />
      </span>
    );
  }
  return (
    <img
      key={source(id!)}
      className={className}
      src={source(id!)}
      alt={alt}
      loading="lazy"
      decoding="async"
      onError={() => setFailures((n) => n + 1)}
    />
  );
}
