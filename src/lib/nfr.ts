// The NFR forms' limits and labels (DOMAIN.md, "NFR (not-for-resale) licenses"): the server's schemas and rules
// enforce them, and the forms state them.

export const NFR_PLANS = ["STARTER", "PREMIUM", "ULTIMATE"] as const;
export type NfrPlanValue = (typeof NFR_PLANS)[number];
export const NFR_PLAN_LABELS: Record<NfrPlanValue, string> = { STARTER: "Starter", PREMIUM: "Premium", ULTIMATE: "Ultimate" };
export const DEFAULT_NFR_PLAN: NfrPlanValue = "ULTIMATE";

export const MIN_NFR_USERS = 1;
export const MAX_NFR_USERS = 1000;

/** What a partner may hold at once, by tier: licenses, or users across them, as the program setting decides. */
export const NFR_CAPS = { SELECT: 25, OPEN: 10 } as const;
export const NFR_CAP_MODES = ["LICENSES", "USERS"] as const;
export type NfrCapMode = (typeof NFR_CAP_MODES)[number];
export const NFR_CAP_MODE_LABELS: Record<NfrCapMode, string> = {
  LICENSES: "Active licenses",
  USERS: "Users across active licenses",
};

/** A new license runs this many months, unless it joins the partner's active licenses' expiry date. */
export const NFR_LICENSE_MONTHS = 12;
/** The partner's admins and CAM are told this many days before a license expires. */
export const NFR_EXPIRY_NOTICE_DAYS = 30;
