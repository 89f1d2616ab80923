// Said on the page when it loads and, should the link stop working while the form is open, beside the form.
export const INVITATION_GONE = "This invitation link is not valid: it may have been used, revoked or replaced by a newer one.";
export const INVITATION_EXPIRED = "This invitation has expired.";
export const ASK_FOR_INVITATION = "Ask a partner admin of your company to invite you again.";
