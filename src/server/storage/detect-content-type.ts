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

const OFFICE_BY_EXTENSION: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

/**
 * A business document (a SOW's text, redlines, a PO): a PDF, a raster image, or an Office file. Office files are
 * containers (a ZIP for .docx/.xlsx/.pptx, an OLE compound file for the older formats): the bytes must be such a
 * container and the name's extension says which kind of Office file it is.
 */
export function detectDocumentContentType(bytes: Uint8Array, fileName: string): string | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  const image = detectImageContentType(bytes);
  if (image) return image;
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const zip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  const ole = startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (zip && ["docx", "xlsx", "pptx"].includes(extension)) return OFFICE_BY_EXTENSION[extension]!;
  if (ole && ["doc", "xls", "ppt"].includes(extension)) return OFFICE_BY_EXTENSION[extension]!;
  return null;
}

/** A signed agreement: a PDF, by its first bytes. */
export function detectPdf(bytes: Uint8Array): "application/pdf" | null {
  return startsWith(bytes, ascii("%PDF-")) ? "application/pdf" : null;
}

export type ReceiptContentType = ImageContentType | "application/pdf";

/** An expense's receipt: a PDF or a raster image (a photo of a paper receipt), by their first bytes. */
export function detectReceiptContentType(bytes: Uint8Array): ReceiptContentType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return detectImageContentType(bytes);
}
