import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getPartnerAccount } from "@/server/partners/get-partner-account";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { humanize } from "@/lib/humanize";
import { RecordHistory } from "@/app/record-history";
import { ACCOUNT_SECTIONS } from "./sections";

// The title and the page read the account once per request.
const loadAccount = cache(async (id: string) => getPartnerAccount(await requireCapability("accounts.read"), recordIdParam(id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const account = await loadAccount((await params).id);
  return { title: account ? account.legalName : "Partner account" };
}

export default async function PartnerAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const account = await loadAccount((await params).id);
  if (!account) notFound();
  return (
    <>
      <PageHeader
        back={{ href: "/accounts", label: "Accounts" }}
        title={account.legalName}
        description={`${humanize(account.region)} · ${humanize(account.tier)} tier`}
        actions={<StatusBadge status={account.status} />}
      />
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        {ACCOUNT_SECTIONS.map(({ id, Section }) => (
          <Section key={id} account={account} />
        ))}
      </div>
      <div className="mt-4">
        <RecordHistory entityType="Partner" entityId={account.id} />
      </div>
    </>
  );
}
