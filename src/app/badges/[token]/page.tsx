import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getBadge } from "@/server/certifications/get-badge";
import { DescriptionList } from "@/components/description-list";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Certification badge" };

// Public, no sign-in: the verification link a holder shares. It shows the holder's name, never their email.
export default async function BadgePage({ params }: { params: Promise<{ token: string }> }) {
  const badge = await getBadge((await params).token);
  if (!badge) notFound();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold text-gray-900">{badge.certification.name}</h1>
      <p className={`mt-3 inline-flex rounded-full px-3 py-1 text-sm font-semibold ${badge.valid ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}>
        {badge.valid ? "Valid" : "Expired"}
      </p>
      <div className="mt-6 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
        <DescriptionList
          items={[
            { term: "Holder", detail: badge.user.name },
            { term: "Company", detail: badge.partner.legalName },
            { term: "Certification", detail: `${badge.certification.name} (${badge.certification.code})` },
            { term: "Issued", detail: formatDate(badge.issuedAt, "long") },
            { term: badge.valid ? "Expires" : "Expired", detail: badge.expiresAt ? formatDate(badge.expiresAt, "long") : "Does not expire" },
          ]}
        />
      </div>
      <p className="mt-4 text-sm text-gray-700">
        This page is the badge&apos;s verification link.{" "}
        <a href={`/badges/${badge.token}/assertion`} className="text-blue-700 hover:underline">
          Open Badges 2.0 assertion (JSON)
        </a>
      </p>
    </div>
  );
}
