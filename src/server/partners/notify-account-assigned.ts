import "server-only";
import type { Tx } from "@/server/db";
import { notify } from "@/server/notifications/notify";

/**
 * Tells a CAM in the portal that a partner account is now theirs. The approval also mails the CAM its own
 * new-partner notice, so this notice adds no email; without it the CAM's bell stayed at 0.
 */
export async function notifyAccountAssigned(tx: Tx, input: { camId: string; partner: { id: string; legalName: string } }) {
  await notify(tx, {
    userId: input.camId,
    type: "account.assigned",
    title: `New partner account: ${input.partner.legalName}`,
    body: `${input.partner.legalName} was approved and you own the account. Introduce yourself to its admin.`,
    link: `/accounts/${input.partner.id}`,
    mailedSeparately: true,
  });
}
