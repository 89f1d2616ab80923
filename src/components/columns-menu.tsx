"use client";
// The table's one interactive part: which columns show. The choice lives in the URL (`hide=tier,region`); the server
// draws the table without the hidden columns, and until it has, a style hides a column unticked here at once.
import { useId, useOptimistic, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";

export function ColumnsMenu(props: {
  /** The table's element id, for the style that hides a column before the server has redrawn it. */
  tableId: string;
  columns: { id: string; header: string }[];
  /** The columns the server left out, as the URL says. */
  hidden: string[];
  /** The page's URL without its `hide` parameter. */
  baseHref: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // The URL is the source of truth; the optimistic copy shows a toggled checkbox at once while the page re-renders.
  const [hidden, setOptimisticHidden] = useOptimistic(props.hidden);
  const [, startTransition] = useTransition();
  const visibleCount = props.columns.length - hidden.length;

  function toggle(id: string, visible: boolean) {
    const next = visible ? hidden.filter((hiddenId) => hiddenId !== id) : [...hidden, id];
    // One column always stays visible, or the table would be an empty box.
    if (next.length === props.columns.length) return;
    const [path, search = ""] = props.baseHref.split("?");
    const params = new URLSearchParams(search);
    if (next.length)
      params.set(
        "hide",
        props.columns
          .filter((column) => next.includes(column.id))
          .map((column) => column.id)
          .join(","),
      );
    const query = params.toString();
    startTransition(() => {
      setOptimisticHidden(next);
      router.replace(query ? `${path}?${query}` : (path ?? ""), { scroll: false });
    });
  }

  // Positions, among the columns the server drew, of those unticked since: the empty-list row's one cell spans them all.
  const drawn = props.columns.filter((column) => !props.hidden.includes(column.id));
  const pending = drawn.flatMap((column, index) => (hidden.includes(column.id) ? [index + 1] : []));
  const pendingStyle = pending
    .map((position) => `#${props.tableId} th:nth-child(${position}), #${props.tableId} td:nth-child(${position}):not([colspan]) { display: none }`)
    .join("\n");

  return (
    <div
      className="relative text-sm"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      {pendingStyle ? <style>{pendingStyle}</style> : null}
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((isOpen) => !isOpen)}
        className="rounded-md border border-gray-300 bg-white px-3 py-2 font-medium hover:bg-gray-50"
      >
        Columns
      </button>
      {/* Rendered only while open: a closed list would put a second "Status" label next to the Status filter's. */}
      {open ? (
        <fieldset id={panelId} className="absolute z-10 mt-1 min-w-48 space-y-1 rounded-md border border-gray-200 bg-white p-3 shadow-md">
          <legend className="sr-only">Visible columns</legend>
          {props.columns.map((column) => {
            const visible = !hidden.includes(column.id);
            return (
              <label key={column.id} className="flex items-center gap-2 text-gray-800">
                <input
                  type="checkbox"
                  checked={visible}
                  disabled={visible && visibleCount === 1}
                  onChange={(event) => toggle(column.id, event.target.checked)}
                />
                {column.header}
              </label>
            );
          })}
        </fieldset>
      ) : null}
    </div>
  );
}
