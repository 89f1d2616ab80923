import Link from "next/link";
import type { CtpOwner } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/policy";
import { listCtpItemsWaiting, WAITING_ITEMS_LIMIT } from "@/server/ctp/list-ctp-items-waiting";
import { CTP_OWNER_PHRASES, ctpDaysLeft, ctpSectionLabel } from "@/server/ctp/rules";
import { Card } from "@/components/card";
import { formatDate } from "@/lib/format";

/**
 * The open CTP checklist items waiting on one owner, soonest lock first, each linking to its tracking: drop it on an
 * owner's home page. One SQL statement.
 *
 *   <CtpItemsWaiting user={user} owner="CAM" />                 the CAM dashboard (their accounts' items)
 *   <CtpItemsWaiting user={user} owner="EDUCATION_SERVICES" />  the Education Services home (every partner's)
 *
 * `user` is the signed-in user (requireCapability's result); the list is scoped by their ctp.read scope, so a user
 * without it sees the empty message. `title` replaces the card's heading.
 */
export async function CtpItemsWaiting({ user, owner, title }: { user: SessionUser; owner: CtpOwner; title?: string }) {
  const items = await listCtpItemsWaiting(user, owner);
  const now = new Date();
  return (
    <Card title={title ?? `CTP items waiting on ${CTP_OWNER_PHRASES[owner]}`}>
      {items.length === 0 ? (
        <p className="text-sm text-gray-600">Nothing is waiting: every open CTP tracking has these items done.</p>
      ) : (
        <>
          <ul className="divide-y divide-gray-100 text-sm">
            {items.map((item) => {
              const { tracking } = item.section;
              return (
                <li key={item.id} className="py-2">
                  <Link href={`/ctp/${tracking.id}`} className="font-medium break-words text-blue-700 hover:underline">
                    {tracking.partner.legalName}: {item.title}
                  </Link>
                  <p className="text-gray-600">
                    {ctpSectionLabel(item.section.kind)} · locks on {formatDate(tracking.locksAt)} ({ctpDaysLeft(tracking.locksAt, now)} days left)
                  </p>
                </li>
              );
            })}
          </ul>
          {items.length === WAITING_ITEMS_LIMIT ? (
            <p className="mt-2 text-sm text-gray-600">
              The {WAITING_ITEMS_LIMIT} closest to their lock; see{" "}
              <Link href="/ctp" className="text-blue-700 underline">
                all CTP trackings
              </Link>
              .
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
