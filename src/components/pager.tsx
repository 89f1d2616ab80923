import Link from "next/link";

const pageLinkClass = "rounded-md border border-gray-300 px-3 py-1 hover:bg-gray-50";

/** "Showing 26–50 of 1,234" and the links to the pages either side; past a capped count the last page is unknown. */
export function Pager(props: {
  /** The navigation landmark's name, e.g. "Users pages". */
  label: string;
  page: number;
  pageSize: number;
  /** How many rows this page shows. */
  rowCount: number;
  total: number;
  totalIsCapped: boolean;
  hrefFor: (page: number) => string;
}) {
  const { page, pageSize, total, totalIsCapped } = props;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const firstRow = (page - 1) * pageSize + 1;
  const lastRow = firstRow + props.rowCount - 1;
  // Past a capped count the number of pages is unknown: a full page may have another after it.
  const hasNextPage = totalIsCapped ? props.rowCount === pageSize : page < pageCount;
  const totalText = `${totalIsCapped ? "more than " : ""}${total.toLocaleString("en-US")}`;
  return (
    <nav aria-label={props.label} className="flex flex-wrap items-center justify-between gap-2 text-sm text-gray-600">
      <p>{`Showing ${firstRow}–${lastRow} of ${totalText}`}</p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link href={props.hrefFor(page - 1)} className={pageLinkClass}>
            Previous page
          </Link>
        ) : null}
        <span>
          Page {page} of {totalIsCapped ? `more than ${pageCount.toLocaleString("en-US")}` : pageCount}
        </span>
        {hasNextPage ? (
          <Link href={props.hrefFor(page + 1)} className={pageLinkClass}>
            Next page
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
