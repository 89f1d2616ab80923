// Sign-in throttling: failures counted over a sliding window, per account and per IP.
import "server-only";

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export const PASSWORD_RESET_TTL_MINUTES = 60;
// Anyone may ask for a reset link, so an inbox gets only a few an hour, and one address cannot mail many inboxes.
export const MAX_RESET_LINKS_PER_ACCOUNT_PER_HOUR = 3;
export const MAX_RESET_LINKS_PER_IP_PER_HOUR = 10;

export function isSignInThrottled(failures: { account: number; ip: number }): boolean {
  return failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.ip >= MAX_FAILURES_PER_IP;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
