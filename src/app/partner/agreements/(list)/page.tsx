import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/server/auth/session";
import { getPartnerAgreements } from "@/server/agreements/get-partner-agreements";
import { STANDING_LABELS } from "../standing";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { humanize } from "@/lib/humanize";
import { StatusBadge } from "@/components/status-badge";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Agreements" };

export default async function PartnerAgreementsPage() {
  const user = await requireCapability("agreements.read");
  const { partner, agreements, acceptances, legalRequests, canRespond } = await getPartnerAgreements(user);
  const pending = agreements.filter((agreement) => agreement.standing === "PENDING");
  return (
    <>
      <PageHeader
        title="Agreements"
        description={`The agreements ${partner.legalName} needs for its tracks (${partner.tracks.map(humanize).join(", ") || "none"}), and every acceptance on record.`}
      />
      {pending.length > 0 && !canRespond ? (
        <p className="mb-6 rounded-md border border-gray-200 bg-gray-50 px-3 py-2 text-sm text-gray-700">
          Only your company&apos;s partner admin can accept agreements or ask to negotiate them. You can read them here.
        </p>
      ) : null}
      <div className="space-y-6">
        {agreements.length === 0 ? <p className="text-sm text-gray-600">No agreements are published for your company&apos;s tracks yet.</p> : null}
        {agreements.map((agreement) => (
          <section
            key={agreement.versionId}
            aria-labelledby={`agreement-${agreement.kind}`}
            className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm"
          >
            <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 id={`agreement-${agreement.kind}`} className="text-base font-semibold text-gray-900">
                  {agreement.templateName}
                </h2>
                <p className="text-sm text-gray-600">
                  Version {agreement.version}, published {formatDate(agreement.publishedAt)}
                </p>
              </div>
              <StatusBadge status={STANDING_LABELS[agreement.standing]} />
            </div>
            {agreement.standing === "ACCEPTED" && agreement.acceptance ? (
              <p className="text-sm text-gray-700">
                Accepted by {agreement.acceptance.user?.name ?? "your company"} on {formatDateTime(agreement.acceptance.acceptedAt)}
                {agreement.acceptance.method === "SIGNED_DOCUMENT" ? " (signed document)" : ""}.
              </p>
            ) : null}
            {agreement.standing === "IN_NEGOTIATION" && agreement.openRequest ? (
              <div className="text-sm text-gray-700">
                <p>
                  In negotiation: {agreement.openRequest.requestedBy?.name ?? "Your company"} opened a legal request on{" "}
                  {formatDate(agreement.openRequest.createdAt)}. The channel team will contact you; until the request is closed this version is not waiting for
                  your acceptance.
                </p>
                <blockquote className="mt-2 border-l-4 border-gray-200 pl-3 text-gray-600">{agreement.openRequest.reason}</blockquote>
              </div>
            ) : null}
            <p className="mt-3">
              <Link href={`/partner/agreements/${agreement.versionId}`} className="text-sm font-medium text-blue-700 hover:underline">
                {agreement.standing === "PENDING" && canRespond ? `Read and accept the ${agreement.templateName}` : `Read the ${agreement.templateName}`}
              </Link>
            </p>
          </section>
        ))}
        <Card title="Acceptance history">
          {acceptances.length === 0 ? (
            <p className="text-sm text-gray-600">Your company has not accepted any agreement yet.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Acceptance history</caption>
              <thead className="text-gray-600">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Agreement
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Version
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Accepted by
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    When (UTC)
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    How
                  </th>
                </tr>
              </thead>
              <tbody>
                {acceptances.map((acceptance) => (
                  <tr key={acceptance.id} className="border-t border-gray-100">
                    <td className="py-1 pr-4">{acceptance.version.template.name}</td>
                    <td className="py-1 pr-4">{acceptance.version.version}</td>
                    <td className="py-1 pr-4">{acceptance.user?.name ?? "—"}</td>
                    <td className="py-1 pr-4">{formatDateTime(acceptance.acceptedAt)}</td>
                    <td className="py-1">{humanize(acceptance.method)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        {legalRequests.length > 0 ? (
          <Card title="Legal requests">
            <ul className="space-y-2 text-sm">
              {legalRequests.map((request) => (
                <li key={request.id} className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={request.status} />
                  <span>
                    {request.version.template.name} version {request.version.version}, opened {formatDate(request.createdAt)}
                    {request.requestedBy ? ` by ${request.requestedBy.name}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
