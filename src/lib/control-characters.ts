// NUL, the other C0 controls and DEL: no field, search or URL value has a use for them, PostgreSQL refuses NUL in
// text, and the rest only hide what a value really says. Tab and line breaks are text in a textarea, so a form's
// fields may keep them.
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g;
const CONTROL_BUT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_BUT_WHITESPACE_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Whether `text` holds a control character; `allowWhitespace` lets tab and line breaks through, as a textarea has them. */
export function hasControlCharacters(text: string, options: { allowWhitespace?: boolean } = {}): boolean {
  return (options.allowWhitespace ? CONTROL_BUT_WHITESPACE : CONTROL).test(text);
}

/** `text` without its control characters (tab and line breaks kept with `allowWhitespace`). */
export function withoutControlCharacters(text: string, options: { allowWhitespace?: boolean } = {}): string {
  return text.replace(options.allowWhitespace ? CONTROL_BUT_WHITESPACE_ALL : CONTROL_ALL, "");
}
