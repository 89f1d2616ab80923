import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { can, type SessionUser } from "@/server/auth/policy";
import { getNfrLicense } from "@/server/nfr/get-nfr-license";
import { calendarToday, isLicenseHeld } from "@/server/nfr/rules";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { formatDate, formatDateTime } from "@/lib/format";
import { humanize } from "@/lib/humanize";
import { NFR_PLAN_LABELS } from "@/lib/nfr";
import { RecordHistory } from "@/app/record-history";
import { RevokeLicenseForm } from "./revoke-form";

// The title and the page read the license once per request.
const loadLicense = cache(async (id: string) => {
  const user = await requireCapability("nfr.read");
  return { user, license: await getNfrLicense(user, recordIdParam(id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { license } = await loadLicense((await params).id);
  return { title: license ? `NFR license ${license.referenceNumber}` : "NFR license" };
}

/** Back to the list this user reaches licenses from, and where they file a renewal (the filing form takes `renew`). */
function userPaths(user: SessionUser) {
  if (can(user, "nfr.process")) return { back: { href: "/phd/nfr/licenses", label: "NFR licenses" }, filing: can(user, "accounts.own") ? "/cam/nfr" : null };
  if (can(user, "accounts.own")) return { back: { href: "/cam/nfr", label: "NFR" }, filing: "/cam/nfr" };
  return { back: { href: "/partner/nfr", label: "NFR licenses" }, filing: "/partner/nfr" };
}

export default async function NfrLicensePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, license } = await loadLicense((await params).id);
  if (!license) notFound();
  const held = isLicenseHeld(license, calendarToday(new Date()));
  // A license still marked active past its expiry date no longer counts: it shows as expired, as in the lists.
  const status = license.status === "ACTIVE" && !held ? "EXPIRED" : license.status;
  const { back, filing } = userPaths(user);
  const mayRenew = filing !== null && can(user, "nfr.request") && (status === "ACTIVE" || status === "EXPIRED");

  return (
    <>
      <PageHeader
        back={back}
        title={`NFR license ${license.referenceNumber}`}
        description={`${license.partner.legalName} · ${license.usersCount} ${NFR_PLAN_LABELS[license.plan]} users · expires ${formatDate(license.expiresOn)}`}
        actions={<StatusBadge status={status} />}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="License">
          <DescriptionList
            items={[
              { term: "Reference", detail: license.referenceNumber },
              { term: "Contact", detail: `${license.name}, ${license.email}` },
              { term: "Company", detail: license.companyName },
              { term: "Users", detail: String(license.usersCount) },
              { term: "Plan", detail: NFR_PLAN_LABELS[license.plan] },
              { term: "Trial", detail: license.trial ? "Yes" : "No" },
              { term: "Starts", detail: formatDate(license.startsOn) },
              { term: "Expires", detail: formatDate(license.expiresOn) },
              { term: "Notes", detail: license.notes },
              { term: "Status", detail: humanize(status) },
              ...(license.licenseKey ? [{ term: "License key", detail: <code className="font-mono break-all">{license.licenseKey}</code> }] : []),
              ...(license.revokedAt
                ? [
                    { term: "Revoked", detail: `${formatDateTime(license.revokedAt)} by ${license.revokedBy?.name ?? "the Partner Help Desk"}` },
                    { term: "Revocation reason", detail: license.revocationReason },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card title="Requests">
          <div className="space-y-3 text-sm text-gray-800">
            <p>
              {license.request ? (
                <>
                  Issued on the{" "}
                  <Link href={`/nfr/requests/${license.request.id}`} className="text-blue-700 underline">
                    request of {formatDate(license.request.createdAt)}
                  </Link>{" "}
                  by {license.request.requestedBy.name}.
                </>
              ) : (
                "Issued before requests were filed in the portal."
              )}
            </p>
            {license.renewals.length === 0 ? (
              <p>No renewal has been requested.</p>
            ) : (
              <>
                <h3 className="font-medium text-gray-900">Renewals</h3>
                <ul className="list-disc pl-5">
                  {license.renewals.map((renewal) => (
                    <li key={renewal.id}>
                      <Link href={`/nfr/requests/${renewal.id}`} className="text-blue-700 underline">
                        Renewal requested {formatDate(renewal.createdAt)}
                      </Link>
                      : {humanize(renewal.status).toLowerCase()}
                      {renewal.license ? (
                        <>
                          , license{" "}
                          <Link href={`/nfr/licenses/${renewal.license.id}`} className="text-blue-700 underline">
                            {renewal.license.referenceNumber}
                          </Link>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {mayRenew ? (
              <p>
                <Link
                  href={`${filing}?renew=${license.id}`}
                  className="inline-flex rounded-md border border-blue-700 bg-white px-4 py-2 text-sm font-semibold text-blue-800 hover:bg-blue-50"
                >
                  Renew
                </Link>
              </p>
            ) : null}
          </div>
        </Card>
        {can(user, "nfr.process") && license.status === "ACTIVE" ? (
          <Card title="Revoke">
            <div className="space-y-3 text-sm text-gray-800">
              <p>Revoke a license that is misused or no longer needed: it stops counting toward the partner&apos;s cap.</p>
              <RevokeLicenseForm licenseId={license.id} referenceNumber={license.referenceNumber} />
            </div>
          </Card>
        ) : null}
      </div>
      <div className="mt-4">
        <RecordHistory entityType="NfrLicense" entityId={license.id} />
      </div>
    </>
  );
}
