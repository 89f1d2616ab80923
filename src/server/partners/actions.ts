"use server";
import { capabilityAction, publicAction } from "@/server/action";
import {
  ZAcceptInvitationSchema,
  ZChangePartnerUserRoleSchema,
  ZInvitePartnerUserSchema,
  ZPartnerUserIdSchema,
  ZRevokeInvitationSchema,
  ZUpdatePartnerProfileSchema,
  ZUploadPartnerLogoSchema,
} from "@/server/partners/schemas";
import { updatePartnerProfile } from "@/server/partners/update-partner-profile";
import { uploadPartnerLogo } from "@/server/partners/upload-partner-logo";
import { invitePartnerUser } from "@/server/partners/invite-partner-user";
import { revokeInvitation } from "@/server/partners/revoke-invitation";
import { changePartnerUserRole } from "@/server/partners/change-partner-user-role";
import { deactivatePartnerUser } from "@/server/partners/deactivate-partner-user";
import { reactivatePartnerUser } from "@/server/partners/reactivate-partner-user";
import { acceptInvitation } from "@/server/partners/accept-invitation";
import { signInAddressPath } from "@/lib/sign-in-path";

const COMPANY_PAGE = "/partner/company";

export const updatePartnerProfileAction = capabilityAction("company.manage", {
  schema: ZUpdatePartnerProfileSchema,
  run: (input, { user, ip }) => updatePartnerProfile(user, input, { ip }),
  revalidate: [COMPANY_PAGE, "/partner"],
  successMessage: "Profile saved.",
});

export const uploadPartnerLogoAction = capabilityAction("company.manage", {
  schema: ZUploadPartnerLogoSchema,
  run: (input, { user, ip }) => uploadPartnerLogo(user, input, { ip }),
  revalidate: [COMPANY_PAGE],
  successMessage: "Logo uploaded.",
});

export const invitePartnerUserAction = capabilityAction("company.manage", {
  schema: ZInvitePartnerUserSchema,
  run: (input, { user, ip }) => invitePartnerUser(user, input, { ip }),
  revalidate: [COMPANY_PAGE],
  successMessage: "Invitation sent. The link works for 7 days.",
});

export const revokeInvitationAction = capabilityAction("company.manage", {
  schema: ZRevokeInvitationSchema,
  run: (input, { user, ip }) => revokeInvitation(user, input, { ip }),
  revalidate: [COMPANY_PAGE],
  successMessage: "Invitation revoked.",
});

export const changePartnerUserRoleAction = capabilityAction("company.manage", {
  schema: ZChangePartnerUserRoleSchema,
  run: (input, { user, ip }) => changePartnerUserRole(user, input, { ip }),
  revalidate: [COMPANY_PAGE],
  successMessage: ({ changed }) => (changed ? "Role changed. They sign in again to continue with it." : "Nothing changed: that is already their role."),
});

export const deactivatePartnerUserAction = capabilityAction("company.manage", {
  schema: ZPartnerUserIdSchema,
  run: (input, { user, ip }) => deactivatePartnerUser(user, input, { ip }),
  revalidate: [COMPANY_PAGE],
  successMessage: "User deactivated. They can no longer sign in.",
});

export const reactivatePartnerUserAction = capabilityAction("company.manage", {
  schema: ZPartnerUserIdSchema,
  run: (input, { user, ip }) => reactivatePartnerUser(user, input, { ip }),
  revalidate: [COMPANY_PAGE],
  successMessage: "User reactivated. They can sign in again.",
});

export const acceptInvitationAction = publicAction({
  schema: ZAcceptInvitationSchema,
  run: (input, { ip }) => acceptInvitation(input, { ip }),
  redirectTo: (result) => signInAddressPath("invited", result.email),
});
