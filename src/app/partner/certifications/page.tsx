import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { getPartnerCertifications, PEOPLE_PAGE_SIZE } from "@/server/certifications/get-partner-certifications";
import type { PersonCertification } from "@/server/certifications/rules";
import { z } from "zod";
import { parsePageParams } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { Pager } from "@/components/pager";
import { statusBadgeClass } from "@/components/status-badge";
import { formatDate } from "@/lib/format";
import { STEP_LABELS } from "@/lib/certifications";
import { RecordStepForm } from "./record-step-form";

export const metadata: Metadata = { title: "Certifications" };

// Tones borrowed from the shared badge's states: green when held, red when lapsed, amber while steps are open.
const STATUS_BADGE = {
  PASSED: { tone: "ACTIVE", label: "Passed" },
  IN_PROGRESS: { tone: "IN_PROGRESS", label: "In progress" },
  EXPIRED: { tone: "EXPIRED", label: "Expired" },
} as const;

const STEP_STATE_TEXT = { DONE: "done", AWAITING_VERIFICATION: "Awaiting verification", TO_DO: "to do" } as const;

function CertificationEntry({ entry }: { entry: PersonCertification }) {
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-gray-900">{entry.name}</span>
        <span className={statusBadgeClass(STATUS_BADGE[entry.status].tone)}>{STATUS_BADGE[entry.status].label}</span>
      </div>
      {entry.status === "IN_PROGRESS" ? (
        <div className="mt-2 space-y-2">
          <div className="flex items-center gap-3 text-sm text-gray-700">
            <progress value={entry.stepsDone} max={3} aria-label={`${entry.name}: ${entry.stepsDone} of 3 steps done`} className="h-2 w-40 accent-blue-700" />
            <span>{entry.stepsDone} of 3 steps done</span>
          </div>
          <ul className="flex flex-wrap gap-2 text-xs">
            {entry.steps.map((step) => (
              <li
                key={step.step}
                className={`rounded-md border px-2 py-1 ${step.state === "DONE" ? "border-green-300 bg-green-50 text-green-900" : step.state === "TO_DO" ? "border-gray-300 text-gray-700" : "border-amber-300 bg-amber-50 text-amber-900"}`}
              >
                {STEP_LABELS[step.step]}: {STEP_STATE_TEXT[step.state]}
                {step.completedAt ? ` (${formatDate(step.completedAt)}${step.score !== null ? `, score ${step.score}` : ""})` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : entry.earned ? (
        <p className="mt-1 text-sm text-gray-700">
          {entry.status === "PASSED" ? "Passed" : "Expired"}: score {entry.earned.score}, issued {formatDate(entry.earned.issuedAt)},{" "}
          {entry.earned.expiresAt ? `${entry.status === "PASSED" ? "expires" : "expired"} ${formatDate(entry.earned.expiresAt)}` : "does not expire"}
          {entry.earned.badgeToken ? (
            <>
              {" · "}
              <Link href={`/badges/${entry.earned.badgeToken}`} className="text-blue-700 hover:underline">
                Badge<span className="sr-only"> for {entry.name}</span>
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

export default async function PartnerCertificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("certifications.read");
  const { page } = parsePageParams(z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) }), await searchParams);
  const data = await getPartnerCertifications(user, page);
  const { psp } = data;
  return (
    <>
      <PageHeader title="Certifications" description={`The certifications of ${data.legalName}'s people, and the company's progress toward its own.`} />

      <div className="mb-8 grid gap-4 lg:grid-cols-3">
        <Card title="Company certifications">
          <div className="space-y-3 text-sm text-gray-800">
            <p>
              <span className="font-medium">Certified Professional Services Partner (PSP): </span>
              {psp.awardedAt ? `awarded ${formatDate(psp.awardedAt)}. ` : ""}
              {`${Math.min(psp.certified, psp.threshold)} of ${psp.threshold} certified PSEs for PSP`}
            </p>
            <progress
              value={Math.min(psp.certified, psp.threshold)}
              max={psp.threshold}
              aria-label="Certified PSEs toward PSP"
              className="h-2 w-full accent-blue-700"
            />
            <p>
              <span className="font-medium">Certified Training Partner (CTP): </span>
              {data.ctpAwardedAt ? `awarded ${formatDate(data.ctpAwardedAt)}.` : "by invitation from your Channel Account Manager."}
            </p>
          </div>
        </Card>
        <Card title="Expiring within 60 days">
          {data.expiring.length === 0 ? (
            <p className="text-sm text-gray-600">No certification expires within 60 days.</p>
          ) : (
            <ul aria-label="Expiring within 60 days" className="divide-y divide-gray-100 text-sm">
              {data.expiring.map((row) => (
                <li key={row.id} className="py-2">
                  <span className="font-medium">{row.personName}</span>: {row.certificationName}, expires {formatDate(row.expiresAt)}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {can(user, "certifications.record") ? (
          <Card title="Record a step of your own certification">
            <RecordStepForm catalog={data.catalog} today={new Date().toISOString().slice(0, 10)} />
          </Card>
        ) : null}
      </div>

      <h2 className="mb-3 text-lg font-semibold">People</h2>
      {data.people.length === 0 ? (
        <p className="text-sm text-gray-600">No active people in the company.</p>
      ) : (
        <ul aria-label="People and their certifications" className="space-y-4">
          {data.people.map((person) => (
            <li key={person.id}>
              <section aria-label={person.name} className="min-w-0 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
                <h3 className="font-semibold text-gray-900 [overflow-wrap:anywhere]">
                  {person.name}
                  {person.isMe ? " (you)" : ""} <span className="text-sm font-normal text-gray-600">{person.email}</span>
                </h3>
                {person.certifications.length === 0 ? (
                  <p className="mt-2 text-sm text-gray-600">No certifications yet.</p>
                ) : (
                  <ul className="divide-y divide-gray-100">
                    {person.certifications.map((entry) => (
                      <CertificationEntry key={entry.certificationId} entry={entry} />
                    ))}
                  </ul>
                )}
              </section>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4">
        <Pager
          label="People pages"
          page={page}
          pageSize={PEOPLE_PAGE_SIZE}
          rowCount={data.people.length}
          total={data.peopleCount}
          totalIsCapped={false}
          hrefFor={(target) => `/partner/certifications?page=${target}`}
        />
      </div>
    </>
  );
}
