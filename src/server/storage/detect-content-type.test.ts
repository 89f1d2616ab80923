import { describe, expect, it } from "vitest";
import { detectDocumentContentType, detectImageContentType, detectPdf } from "./detect-content-type";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

describe("detectImageContentType", () => {
  it.each([
    ["a PNG", PNG, "image/png"],
    ["a JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), "image/jpeg"],
    ["a GIF89a", Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"), "image/gif"],
    ["a GIF87a", Buffer.from("GIF87a\x01\x00\x01\x00", "latin1"), "image/gif"],
    ["a WebP", Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WEBPVP8 ")]), "image/webp"],
  ])("recognises %s by its first bytes", (_name, bytes, expected) => {
    expect(detectImageContentType(bytes)).toBe(expected);
  });

  it.each([
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["text", Buffer.from("just some text, named logo.png")],
    ["a RIFF file that is not WebP", Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WAVEfmt ")])],
    ["a truncated PNG signature", PNG.subarray(0, 4)],
    ["nothing", Buffer.alloc(0)],
  ])("refuses %s", (_name, bytes) => {
    expect(detectImageContentType(bytes)).toBeNull();
  });
});

describe("a business document's type (SOW documents, signed agreements)", () => {
  const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(16)]);
  const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(16)]);

  it.each([
    ["a PDF", Buffer.from("%PDF-1.7\n"), "sow.pdf", "application/pdf"],
    ["a PNG", PNG, "scan.png", "image/png"],
    ["a Word file", ZIP, "SOW v2.DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["an Excel file", ZIP, "rates.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["an old Word file", OLE, "redlines.doc", "application/msword"],
  ])("recognises %s", (_name, bytes, fileName, expected) => {
    expect(detectDocumentContentType(bytes, fileName)).toBe(expected);
  });

  it.each([
    ["a ZIP that is not named as an Office file", ZIP, "bundle.zip"],
    ["an old Office container named as a new one", OLE, "redlines.docx"],
    ["text named as a PDF", Buffer.from("not a pdf"), "sow.pdf"],
    ["an SVG", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "logo.svg"],
  ])("refuses %s", (_name, bytes, fileName) => {
    expect(detectDocumentContentType(bytes, fileName)).toBeNull();
  });

  it("takes only a PDF as a signed agreement", () => {
    expect(detectPdf(Buffer.from("%PDF-1.4"))).toBe("application/pdf");
    expect(detectPdf(PNG)).toBeNull();
  });
});
