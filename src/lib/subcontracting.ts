// Subcontracting limits the browser and the server both know.

/** A receipt is a photo or a PDF of a page or two; larger files are refused before they are sent. */
export const MAX_RECEIPT_BYTES = 5 * 1024 * 1024;
export const RECEIPT_TOO_LARGE_MESSAGE = `The receipt must be at most ${MAX_RECEIPT_BYTES / 1024 / 1024} MB.`;
