// What /partner/nfr and /cam/nfr show: the requests waiting for the requester's answer, the request form, and the
// requests and licenses of the partners the user files for.
import Link from "next/link";
import { z } from "zod";
import type { SessionUser } from "@/server/auth/policy";
import type { AnyListDefinition, SearchParams } from "@/server/lists/define-list";
import { loadListPage } from "@/server/lists/load-list-page";
import { parsePageParams } from "@/server/page-params";
import { getNfrFilingContext, LICENSES_PER_PARTNER, type NfrFilingContext } from "@/server/nfr/get-nfr-filing-context";
import { DEFAULT_NFR_PLAN, NFR_PLAN_LABELS } from "@/lib/nfr";
import { formatDate } from "@/lib/format";
import { Card } from "@/components/card";
import { DataTable, unpagedTable } from "@/components/data-table";
import { StatusAlert } from "@/components/status-alert";
import { FilingForm, type FilingFormDefaults } from "./filing-form";

/**
 * `?renew=<licenseId>` opens the form as that license's renewal; an id that is not one of the licenses the user may
 * renew opens it blank, like no id. `?partner=<id>` is the account a CAM picked: only its licenses go to the browser
 * as renewal choices (a CAM's hundreds of accounts would otherwise send every account's licenses with the page).
 */
const ZFilingPageParams = z.object({
  renew: z.string().trim().max(64).optional().catch(undefined),
  partner: z.string().trim().max(64).optional().catch(undefined),
});

/** Licenses shown under the form (as many as the context reads of a partner's); the URL pages and sorts the requests. */
const LICENSES_SHOWN = LICENSES_PER_PARTNER;

/** The partner whose licenses the form offers: the renewed license's, else the one picked, else the user's own company. */
function pickedPartnerId(context: NfrFilingContext, choosePartner: boolean, params: { renew?: string; partner?: string }): string | null {
  const renewing = context.partners.find((partner) => partner.renewable.some((license) => license.id === params.renew));
  if (renewing) return renewing.id;
  if (!choosePartner) return context.partners[0]?.id ?? null;
  return context.partners.some((partner) => partner.id === params.partner) ? params.partner! : null;
}

function formDefaults(context: NfrFilingContext, pickedId: string | null, renew: string | undefined): FilingFormDefaults {
  const blank: FilingFormDefaults = {
    partnerId: pickedId ?? "",
    kind: "NEW",
    renewsLicenseId: "",
    contactName: "",
    contactEmail: "",
    usersCount: "",
    plan: DEFAULT_NFR_PLAN,
  };
  for (const partner of context.partners) {
    const license = partner.renewable.find((candidate) => candidate.id === renew);
    if (license) {
      return {
        partnerId: partner.id,
        kind: "RENEWAL",
        renewsLicenseId: license.id,
        contactName: license.name,
        contactEmail: license.email,
        usersCount: String(license.usersCount),
        plan: license.plan,
      };
    }
  }
  return blank;
}

function WaitingForAnswer({ waiting, showPartner }: { waiting: NfrFilingContext["waiting"]; showPartner: boolean }) {
  if (waiting.length === 0) return null;
  return (
    <StatusAlert tone="warning" as="aside" label="Waiting for your answer" className="mb-4">
      <h2 className="font-semibold">Waiting for your answer</h2>
      <p>The Partner Help Desk asked about {waiting.length === 1 ? "this request" : "these requests"}; each waits until it is answered.</p>
      <ul className="mt-2 space-y-2">
        {waiting.map((request) => (
          <li key={request.id}>
            <Link href={`/nfr/requests/${request.id}`} className="font-medium text-blue-800 underline [overflow-wrap:anywhere]">
              {showPartner ? `${request.partnerName}: ` : ""}
              {request.usersCount} {NFR_PLAN_LABELS[request.plan]}, asked {request.infoRequestedAt ? formatDate(request.infoRequestedAt) : ""}
            </Link>
            {request.infoRequest ? <span className="block [overflow-wrap:anywhere]">“{request.infoRequest}”</span> : null}
          </li>
        ))}
      </ul>
    </StatusAlert>
  );
}

export async function NfrFilingPage({
  user,
  searchParams,
  requestList,
  licenseList,
  choosePartner,
}: {
  user: SessionUser;
  searchParams: SearchParams;
  requestList: AnyListDefinition;
  licenseList: AnyListDefinition;
  choosePartner: boolean;
}) {
  const params = parsePageParams(ZFilingPageParams, searchParams);
  const [context, requests, licensePage] = await Promise.all([
    getNfrFilingContext(user),
    loadListPage(requestList, user, searchParams),
    // The URL's paging and sort belong to the requests table; the licenses come in their own order, the running first.
    // A partner user's are the company's, already read with the form's context.
    choosePartner ? loadListPage(licenseList, user, { pageSize: String(LICENSES_SHOWN) }) : null,
  ]);
  const licenses =
    licensePage ??
    unpagedTable({
      caption: licenseList.caption,
      emptyMessage: licenseList.emptyMessage,
      path: licenseList.path,
      query: {},
      columns: licenseList.columns.map(({ id, header, format, href }) => ({ id, header, format, href: typeof href === "string" ? href : undefined })),
      rows: context.licenses.map((license) => licenseList.row(license)),
    });
  const pickedId = pickedPartnerId(context, choosePartner, params);
  const defaults = formDefaults(context, pickedId, params.renew);
  const formPartners = context.partners.map(({ id, legalName, capText, atCap, renewable }) => ({
    id,
    legalName,
    capText,
    atCap,
    renewable: id === pickedId ? renewable.map((license) => ({ id: license.id, label: license.label })) : [],
  }));
  return (
    <>
      <WaitingForAnswer waiting={context.waiting} showPartner={choosePartner} />
      <div className="space-y-6">
        <Card title={defaults.kind === "RENEWAL" ? "Renew an NFR license" : "Request NFR licenses"}>
          {context.partners.length === 0 ? (
            <p className="text-sm text-gray-600">
              {choosePartner
                ? "None of your accounts is Authorized yet: NFR licenses go only to Authorized partners."
                : "Your company cannot file NFR requests."}
            </p>
          ) : (
            // Keyed by the renewal, so a Renew link followed on this page fills the form in again.
            <FilingForm key={defaults.renewsLicenseId} partners={formPartners} licensesOf={pickedId} choosePartner={choosePartner} defaults={defaults} />
          )}
        </Card>
        <section aria-labelledby="nfr-requests-heading" className="min-w-0">
          <h2 id="nfr-requests-heading" className="mb-3 text-lg font-semibold">
            Requests
          </h2>
          <DataTable list={requests} />
        </section>
        <section aria-labelledby="nfr-licenses-heading" className="min-w-0">
          <h2 id="nfr-licenses-heading" className="mb-3 text-lg font-semibold">
            Licenses
          </h2>
          <DataTable
            list={unpagedTable({
              ...licenses,
              query: {},
              columns: licenses.columns.map((column) => ({ ...column, sortable: false })),
            })}
          />
          {licenses.total > licenses.rows.length || licenses.rows.length === LICENSES_SHOWN ? (
            <p className="mt-2 text-sm text-gray-600">
              The {licenses.rows.length} latest to expire are shown{choosePartner ? "; each account's page lists its own" : ""}.
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
