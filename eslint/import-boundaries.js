/**
 * Which layer of the app may import which (docs/architecture.md): a small local ESLint rule
 * rather than a plugin, because the layers are folders of this repository and an import is
 * judged by the file it reaches, whether it is written `~/x`, `../../x` or `./x`.
 */
import path from "node:path";

/**
 * The boundaries, one entry per layer. `forbid` lists repository folders, `packages` package names;
 * `typesToo: false` lets `import type` through (a type describes data, it does not reach it).
 */
export const BOUNDARIES = [
  {
    from: "app/routes",
    forbid: ["db"],
    packages: ["drizzle-orm"],
    typesToo: true,
    because: "routes reach the database through app/domain",
  },
  {
    from: "app/domain",
    forbid: ["app/routes", "app/components", "app/web"],
    typesToo: true,
    because: "the domain knows nothing of HTTP or React; routes and components call it",
  },
  {
    from: "app/lib",
    forbid: ["app/domain", "app/infra", "app/web", "app/components", "app/routes", "db"],
    typesToo: true,
    because: "app/lib holds pure helpers that anything may use",
  },
  {
    from: "app/components",
    forbid: ["app/infra", "db"],
    packages: ["drizzle-orm"],
    typesToo: false,
    because: "components run in the browser too; they may name database types, not reach services",
  },
  {
    from: "app/infra",
    forbid: ["app/domain", "app/web", "app/routes", "app/components"],
    typesToo: true,
    because:
      "app/infra holds the services (database, mail, Stripe, storage, search, logger); " +
      "domain code takes them as arguments, and app/workers.server.ts wires the two together",
  },
];

const toPosix = (p) => p.split(path.sep).join("/");

/** The repository path (or package name) an import specifier reaches, from `file`. */
export function importTarget(root, file, specifier) {
  let absolute;
  if (specifier.startsWith("~/")) absolute = path.join(root, "app", specifier.slice(2));
  else if (specifier.startsWith(".")) absolute = path.resolve(path.dirname(file), specifier);
  else return { kind: "package", name: specifier };
  return { kind: "file", name: toPosix(path.relative(root, absolute)) };
}

const within = (name, folder) => name === folder || name.startsWith(`${folder}/`);

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return (
    node.type === "ImportDeclaration" &&
    specifiers.length > 0 &&
    specifiers.every((s) => s.importKind === "type")
  );
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Keeps each layer of the app to the imports it is allowed" },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          boundaries: { type: "array" },
        },
        required: ["root"],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: "{{from}} may not import {{target}}: {{because}}.",
    },
  },
  create(context) {
    const { root, boundaries = BOUNDARIES } = context.options[0];
    const file = context.physicalFilename ?? context.filename;
    const here = toPosix(path.relative(root, file));
    const layer = boundaries.find((b) => within(here, b.from));
    if (!layer) return {};

    function check(node, source) {
      if (!source || typeof source.value !== "string") return;
      const target = importTarget(root, file, source.value);
      const hit =
        target.kind === "package"
          ? (layer.packages ?? []).find((p) => within(target.name, p))
          : layer.forbid.find((f) => within(target.name, f));
      if (!hit) return;
      if (!layer.typesToo && isTypeOnly(node)) return;
      context.report({
        node: source,
        messageId: "forbidden",
        data: { from: layer.from, target: hit, because: layer.because },
      });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null),
    };
  },
};

export default { rules: { "import-boundaries": rule } };
