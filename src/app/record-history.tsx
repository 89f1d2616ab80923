import { Suspense } from "react";
import { listRecordHistory } from "@/server/audit/list-record-history";
import { LoadingState } from "@/components/loading-state";
import { formatDateTime } from "@/lib/format";

async function HistoryEvents({ entityType, entityId }: { entityType: string; entityId: string }) {
  const events = await listRecordHistory(entityType, entityId);
  if (events.length === 0) return <p className="text-sm text-gray-600">No recorded changes yet.</p>;
  return (
    <ol className="space-y-1 text-sm [overflow-wrap:anywhere]">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.createdAt.toISOString()} className="text-gray-600">
            {formatDateTime(event.createdAt)}
          </time>{" "}
          · {event.actor?.name ?? "The portal"}: {event.summary}
        </li>
      ))}
    </ol>
  );
}

/**
 * A record page's History section. It streams in after the record has been found: the page has answered 404 or 200 by
 * then, so its loading state cannot turn a missing record's 404 into a 200 (as a loading.tsx above the page would).
 */
export function RecordHistory({ entityType, entityId }: { entityType: string; entityId: string }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
      <h2 id="history-heading" className="mb-3 text-base font-semibold text-gray-900">
        History
      </h2>
      <Suspense fallback={<LoadingState />}>
        <HistoryEvents entityType={entityType} entityId={entityId} />
      </Suspense>
    </section>
  );
}
