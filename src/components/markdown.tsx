import MarkdownIt from "markdown-it";

// Raw HTML in the source is escaped, never passed through: agreement bodies are written by admins but shown to everyone.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Renders trusted-structure, untrusted-content markdown (agreement bodies) as styled HTML. */
export function Markdown({ source, label }: { source: string; label?: string }) {
  return (
    <div
      aria-label={label}
      className="space-y-3 text-sm leading-6 text-gray-800 [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:mt-4 [&_h2]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_a]:text-blue-700 [&_a]:underline"
      dangerouslySetInnerHTML={{ __html: markdown.render(source) }}
    />
  );
}
