// The limits of the company page's forms: the server's schemas enforce them and the forms state them as hints.
import { ROLE_LABELS } from "@/lib/roles";

export const PROFILE_LIMITS = {
  descriptionLength: 2000,
  websiteLength: 200,
  listItems: 20,
  itemLength: 80,
} as const;

/**
 * A logo is stored only below this size; Next's 1 MB server action body limit is well above it. The logo field checks
 * it in the browser too, with the same message, so a file over that limit is refused beside the field.
 */
export const MAX_LOGO_BYTES = 512 * 1024;
export const LOGO_TOO_LARGE_MESSAGE = `The logo must be at most ${MAX_LOGO_BYTES / 1024} KB.`;

export const INVITATION_TTL_DAYS = 7;

export const PARTNER_ROLE_OPTIONS = [
  { value: "PARTNER_USER", label: ROLE_LABELS.PARTNER_USER },
  { value: "PARTNER_ADMIN", label: ROLE_LABELS.PARTNER_ADMIN },
] as const;
