import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { listPendingExamPasses, PENDING_PAGE_SIZE } from "@/server/certifications/list-pending-exam-passes";
import { PageHeader } from "@/components/page-header";
import { formatDate } from "@/lib/format";
import { z } from "zod";
import { parsePageParams } from "@/server/page-params";
import { StatusAlert } from "@/components/status-alert";
import { CtpItemsWaiting } from "@/app/ctp/ctp-items-waiting";
import { RejectExamPassForm, VerifyExamPassForm } from "./decide-exam-pass-forms";

export const metadata: Metadata = { title: "Education" };

const DECIDED = {
  issued: "Verified. The other steps were done, so the certification and its badge are issued.",
  verified: "Verified. The certification is issued once the person's other steps are done.",
  rejected: "Rejected. The person is notified with your reason.",
} as const;

export default async function EducationHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("certifications.verify");
  const { decided } = parsePageParams(z.object({ decided: z.enum(["issued", "verified", "rejected"]).optional().catch(undefined) }), await searchParams);
  const { passes, total } = await listPendingExamPasses();
  return (
    <>
      <PageHeader
        title="Exam passes awaiting verification"
        description="Partner users recorded these exam passes themselves. Open the certificate, then verify (the certification is issued once the other steps are done) or reject with a reason."
      />
      {decided ? (
        <div className="mb-4">
          <StatusAlert tone="success">{DECIDED[decided]}</StatusAlert>
        </div>
      ) : null}
      {passes.length === 0 ? (
        <p className="text-sm text-gray-600">No self-recorded exam pass is waiting.</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-gray-600">
            {total > passes.length ? `The oldest ${passes.length} of ${total} waiting.` : `${total} waiting, oldest first.`}
          </p>
          <ul aria-label="Exam passes awaiting verification" className="space-y-4">
            {passes.map((pass) => {
              const label = `${pass.user.name}'s ${pass.certification.name} exam`;
              return (
                <li key={pass.id}>
                  <section aria-label={label} className="grid min-w-0 gap-4 rounded-lg border border-gray-200 bg-white p-5 shadow-sm md:grid-cols-3">
                    <div className="min-w-0 text-sm text-gray-800 [overflow-wrap:anywhere]">
                      <h2 className="text-base font-semibold text-gray-900">{pass.user.name}</h2>
                      <p>{pass.user.email}</p>
                      <p>{pass.partner.legalName}</p>
                      <p className="mt-2">
                        {pass.certification.name}: score {pass.score} (pass: {pass.certification.passingScore}), completed {formatDate(pass.completedAt)}
                      </p>
                      {pass.certificateFileId ? (
                        <a href={`/files/${pass.certificateFileId}`} className="text-blue-700 hover:underline" target="_blank" rel="noreferrer">
                          Open the certificate<span className="sr-only"> of {label}</span>
                        </a>
                      ) : (
                        <p>No certificate attached.</p>
                      )}
                    </div>
                    <VerifyExamPassForm stepId={pass.id} label={label} />
                    <RejectExamPassForm stepId={pass.id} label={label} />
                  </section>
                </li>
              );
            })}
          </ul>
          {total > PENDING_PAGE_SIZE ? <p className="mt-3 text-sm text-gray-600">Decide these first; the next ones appear as these are done.</p> : null}
        </>
      )}
      <div className="mt-6">
        <CtpItemsWaiting user={user} owner="EDUCATION_SERVICES" />
      </div>
    </>
  );
}
