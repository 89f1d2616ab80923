import type { ReactNode } from "react";

export interface DescriptionItem {
  term: string;
  /** Shown as "—" when empty; line breaks in text (plans, descriptions) are kept. */
  detail: ReactNode;
}

function isEmpty(detail: ReactNode): boolean {
  return detail === null || detail === undefined || detail === false || detail === "";
}

/**
 * Label and value pairs: stacked on a phone, two columns (labels as wide as the longest) from the small breakpoint up.
 * A long unbroken value (an email address, a URL) wraps inside its column rather than widening the page.
 */
export function DescriptionList({ items, className = "" }: { items: DescriptionItem[]; className?: string }) {
  return (
    <dl className={`grid grid-cols-1 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-x-4 sm:gap-y-1.5 ${className}`.trim()}>
      {items.map(({ term, detail }) => (
        <div key={term} className="sm:contents">
          <dt className="text-gray-600">{term}</dt>
          <dd className="whitespace-pre-line break-words text-gray-900">{isEmpty(detail) ? "—" : detail}</dd>
        </div>
      ))}
    </dl>
  );
}
