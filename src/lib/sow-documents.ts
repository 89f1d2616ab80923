// Shared by the upload forms (which refuse a file that is too big as soon as it is chosen) and the server's check.
export const MAX_SOW_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const SOW_DOCUMENT_TOO_LARGE_MESSAGE = `The document must be at most ${MAX_SOW_DOCUMENT_BYTES / 1024 / 1024} MB.`;
export const SOW_DOCUMENT_TYPES_MESSAGE = "Attach a PDF, a Word, Excel or PowerPoint file, or an image (PNG, JPEG, GIF or WebP).";
export const SIGNED_AGREEMENT_TYPES_MESSAGE = "Attach the signed agreement as a PDF.";
