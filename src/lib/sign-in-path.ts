/**
 * The sign-in page after applying, accepting an invitation or choosing a new password, with the address just used
 * filled in (the login page checks it is an address before showing it). Never the password.
 */
export function signInAddressPath(after: "applied" | "invited" | "reset", email: string): string {
  return `/login?${new URLSearchParams({ [after]: "1", email })}`;
}
