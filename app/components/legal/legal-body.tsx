/** A legal text's body, from the parsed marks to elements: every word is rendered as text. */
import { Link } from "@remix-run/react";
import { parseMarkdownLite, type Inline } from "~/lib/markdown-lite";

function Inlines({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((part, i) =>
        part.kind === "text" ? (
          <span key={i}>{part.text}</span>
        ) : part.href.startsWith("/") ? (
          <Link key={i} to={part.href} className="font-medium text-brand-700 underline">
            {part.text}
          </Link>
        ) : (
          <a
            key={i}
            href={part.href}
            className="font-medium text-brand-700 underline"
            rel="noopener"
          >
            {part.text}
          </a>
        ),
      )}
    </>
  );
}

export function LegalBody({ body }: { body: string }) {
  return (
    <div className="space-y-4 leading-relaxed text-stone-800">
      {parseMarkdownLite(body).map((block, i) => {
        if (block.kind === "heading")
          return block.level === 2 ? (
            <h2 key={i} className="pt-2 text-xl font-semibold text-stone-900">
              <Inlines content={block.content} />
            </h2>
          ) : (
            <h3 key={i} className="text-lg font-semibold text-stone-900">
              <Inlines content={block.content} />
            </h3>
          );
        if (block.kind === "list")
          return (
            <ul key={i} className="list-disc space-y-1 pl-6">
              {block.items.map((item, j) => (
                <li key={j}>
                  <Inlines content={item} />
                </li>
              ))}
            </ul>
          );
        return (
          <p key={i}>
            <Inlines content={block.content} />
          </p>
        );
      })}
    </div>
  );
}
