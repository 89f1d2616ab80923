import { describe, expect, it } from "vitest";
import { detectImageContentType } from "./detect-content-type";

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
