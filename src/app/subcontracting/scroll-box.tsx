/**
 * A table that scrolls sideways on a phone. The box takes keyboard focus, so the keyboard scrolls it too, and is named
 * for screen readers; `relative` keeps a caption's visually hidden text inside it instead of widening the page.
 */
export function ScrollBox({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${className}`.trim()}
    >
      {children}
    </div>
  );
}
