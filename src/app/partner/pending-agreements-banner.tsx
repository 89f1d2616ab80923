import Link from "next/link";
import type { SessionUser } from "@/server/auth/policy";
import { listPendingAgreements, type PendingAgreement } from "@/server/agreements/list-pending-agreements";
import { StatusAlert } from "@/components/status-alert";

function sentence(agreement: PendingAgreement): string {
  return agreement.version > 1 ? `A new version of the ${agreement.templateName} needs your acceptance` : `The ${agreement.templateName} needs your acceptance`;
}

/**
 * Shown on every partner page while the company has a current agreement version it has neither accepted nor taken to
 * a legal request. The partner layout renders it only for authorized companies' users (requireArea).
 */
export async function PendingAgreementsBanner({ user }: { user: SessionUser }) {
  const pending = await listPendingAgreements(user);
  if (pending.length === 0) return null;
  return (
    <StatusAlert tone="warning" as="aside" label="Agreements to accept" className="mb-6 px-4 py-3">
      <ul className="space-y-1">
        {pending.map((agreement) => (
          <li key={agreement.versionId} className="font-medium">
            {sentence(agreement)} (version {agreement.version}).
          </li>
        ))}
      </ul>
      <Link href="/partner/agreements" className="mt-2 inline-block font-semibold text-blue-800 underline">
        Review and accept agreements
      </Link>
    </StatusAlert>
  );
}
