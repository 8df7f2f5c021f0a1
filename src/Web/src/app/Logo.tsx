export function Logo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="brand__logo-bg" />
      <path d="M16 26c0-8 3-13 10-16-1 8-4 13-10 16zm0 0c0-6-2-10-8-12 0 6 3 10 8 12z" className="brand__logo-leaf" />
    </svg>
  );
}
