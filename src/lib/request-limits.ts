// How large a request may be, stated once: Next reads server-action bodies up to this size (next.config.ts) and the web
// server refuses a larger body before reading it (scripts/web-server.ts). Within it, each field's own limit (a logo's
// 512 KB, a text's characters) refuses the value with a message beside the field: a 10 MB logo gets "too large",
// not a failed request. Nothing the portal takes comes near it.
export const MAX_REQUEST_BODY_BYTES = 16 * 1024 * 1024;

export const REQUEST_TOO_LARGE_MESSAGE = `This request is larger than the portal accepts (${MAX_REQUEST_BODY_BYTES / 1024 / 1024} MB). Choose a smaller file or shorten the text.`;
