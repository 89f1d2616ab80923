import MarkdownIt from "markdown-it";

// Raw HTML in the source is escaped, never passed through: agreement bodies are written by admins but shown to everyone.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// A body's "# Title" sits under the page's own h1, so every heading in it moves down a level (h6 stays h6).
markdown.core.ruler.push("demote_headings", (state) => {
  for (const token of state.tokens) {
    if (token.type !== "heading_open" && token.type !== "heading_close") continue;
    const level = Math.min(Number(token.tag.slice(1)) + 1, 6);
    token.tag = `h${level}`;
  }
});

/** Renders trusted-structure, untrusted-content markdown (agreement bodies) as styled HTML. */
export function Markdown({ source, label }: { source: string; label?: string }) {
  return (
    <div
      role={label ? "region" : undefined}
      aria-label={label}
      className="space-y-3 text-sm leading-6 text-gray-800 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_a]:text-blue-700 [&_a]:underline"
      dangerouslySetInnerHTML={{ __html: markdown.render(source) }}
    />
  );
}
