// A file's type from its first bytes (its "magic number"), never from its name or what the browser claims.
// Only raster images are recognised: SVG is text that can carry scripts, so it is refused like any unknown type.
import "server-only";

export const IMAGE_CONTENT_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

export function detectImageContentType(bytes: Uint8Array): ImageContentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

export const CERTIFICATE_CONTENT_TYPES = ["application/pdf", "image/png"] as const;
export type CertificateContentType = (typeof CERTIFICATE_CONTENT_TYPES)[number];

/** A certificate of a completed step: a PDF ("%PDF-") or a PNG, by their first bytes. */
export function detectCertificateContentType(bytes: Uint8Array): CertificateContentType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return detectImageContentType(bytes) === "image/png" ? "image/png" : null;
}

export type ReceiptContentType = ImageContentType | "application/pdf";

/** An expense's receipt: a PDF or a raster image (a photo of a paper receipt), by their first bytes. */
export function detectReceiptContentType(bytes: Uint8Array): ReceiptContentType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return detectImageContentType(bytes);
}
