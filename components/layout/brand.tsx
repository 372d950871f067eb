export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="8" fill="#12665a" />
      <circle cx="12" cy="13" r="5" fill="#afe4d9" />
      <circle cx="20" cy="13" r="5" fill="#ffffff" fillOpacity="0.85" />
      <path d="M7 23c3-3 15-3 18 0" stroke="#ffffff" strokeWidth="2.2" strokeLinecap="round" fill="none" />
    </svg>
  );
}
