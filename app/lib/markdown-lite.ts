/**
 * The few marks the legal texts use, read into a tree that React renders as text (decision
 * 0028): nothing in a body ever reaches the page as HTML, so an administrator's edit cannot
 * inject markup or script.
 *
 *   ## Heading          a section heading (### a sub-heading)
 *   - item              a list item (consecutive lines make one list)
 *   [words](/path)      a link: a same-site path, https:// or mailto: only; anything else is text
 *   a blank line        ends a paragraph; lines of one paragraph are joined with a space
 */
export type Inline = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

export type Block =
  | { kind: "heading"; level: 2 | 3; content: Inline[] }
  | { kind: "paragraph"; content: Inline[] }
  | { kind: "list"; items: Inline[][] };

const LINK = /\[([^\]\n]{1,300})\]\(([^)\s]{1,500})\)/g;

/** Only links that cannot run code or leave the page in an unexpected way. */
export function safeHref(raw: string): string | null {
  if (/^\/(?!\/)[^\s\\]*$/.test(raw)) return raw;
  if (/^https:\/\/[^\s\\]+$/i.test(raw)) return raw;
  if (/^mailto:[^\s\\@]+@[^\s\\@]+$/i.test(raw)) return raw;
  return null;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    const href = safeHref(m[2] ?? "");
    if (!href) continue;
    if (m.index > at) out.push({ kind: "text", text: text.slice(at, m.index) });
    out.push({ kind: "link", text: m[1] ?? "", href });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: "text", text: text.slice(at) });
  return out;
}

export function parseMarkdownLite(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length)
      blocks.push({ kind: "paragraph", content: parseInline(paragraph.join(" ")) });
    if (list.length) blocks.push({ kind: "list", items: list.map(parseInline) });
    paragraph = [];
    list = [];
  };
  for (const raw of body.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const heading = /^(#{2,3})\s+(.+)$/.exec(line);
    const item = /^[-*]\s+(.+)$/.exec(line);
    if (line === "") flush();
    else if (heading) {
      flush();
      blocks.push({
        kind: "heading",
        level: heading[1] === "##" ? 2 : 3,
        content: parseInline(heading[2] ?? ""),
      });
    } else if (item) {
      if (paragraph.length) flush();
      list.push(item[1] ?? "");
    } else {
      if (list.length) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
