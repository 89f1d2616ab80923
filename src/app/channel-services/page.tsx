import Link from "next/link";
import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { PageHeader } from "@/components/page-header";
import { CtpItemsWaiting } from "@/app/ctp/ctp-items-waiting";

export const metadata: Metadata = { title: "Channel Services" };

export default async function ChannelServicesHomePage() {
  const user = await requireCapability("ctp.channelServices");
  return (
    <>
      <PageHeader
        title="Channel Services"
        description="The legal and operational requirements of Certified Training Partner trackings are yours to complete."
      />
      <CtpItemsWaiting user={user} owner="CHANNEL_SERVICES" title="CTP items waiting on you" />
      <p className="mt-4 text-sm">
        <Link href="/ctp" className="text-blue-700 underline">
          All CTP trackings
        </Link>
      </p>
    </>
  );
}
