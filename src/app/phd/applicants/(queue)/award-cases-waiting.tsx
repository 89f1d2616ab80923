import Link from "next/link";
import type { SessionUser } from "@/server/auth/policy";
import { DESK_CASES_SHOWN, listCasesWaitingOnDesk } from "@/server/awards/list-cases-waiting-on-desk";
import { isAwardCaseOverdue } from "@/server/certifications/rules";
import { StatusBadge } from "@/components/status-badge";
import { formatDate } from "@/lib/format";

/** The desk's part of the award process, above the applicant queue: nothing shows when no case waits on it. */
export async function AwardCasesWaiting({ user }: { user: SessionUser }) {
  const cases = await listCasesWaitingOnDesk(user);
  if (cases.length === 0) return null;
  const now = new Date();
  const overdue = cases.filter((awardCase) => isAwardCaseOverdue(awardCase, now)).length;
  return (
    <section aria-labelledby="desk-awards-heading" className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <h2 id="desk-awards-heading" className="text-base font-semibold text-gray-900">
        Award cases waiting on the desk{overdue > 0 ? ` (${overdue} overdue)` : ""}
      </h2>
      <ul className="mt-2 divide-y divide-amber-100 text-sm">
        {cases.map((awardCase) => {
          const todo = [
            awardCase.profileUpdatedAt ? null : "profile and badge",
            awardCase.firstCompanyCertification && !awardCase.communityAccessGrantedAt
              ? `community access${awardCase.awardEmailSentAt ? "" : " (after the award email)"}`
              : null,
          ].filter(Boolean);
          return (
            <li key={awardCase.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0">
                <Link href={`/award-cases/${awardCase.id}`} className="font-medium text-blue-700 hover:underline [overflow-wrap:anywhere]">
                  {awardCase.partner.legalName}: {awardCase.kind} award
                </Link>
                <span className="block text-gray-700">
                  Due {formatDate(awardCase.dueAt)} · to do: {todo.join(", ")}
                </span>
              </span>
              {isAwardCaseOverdue(awardCase, now) ? <StatusBadge status="OVERDUE" /> : null}
            </li>
          );
        })}
      </ul>
      {cases.length === DESK_CASES_SHOWN ? (
        <p className="mt-2 text-sm">
          <Link href="/award-cases?due=OVERDUE" className="font-medium text-blue-700 hover:underline">
            All overdue award cases
          </Link>
        </p>
      ) : null}
    </section>
  );
}
