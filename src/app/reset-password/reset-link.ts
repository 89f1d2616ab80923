export const ASK_FOR_RESET_LINK = { href: "/forgot-password", label: "Ask for a new reset link" };
