import path from "node:path";
import { ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import boundaries from "./import-boundaries.js";

const ROOT = path.resolve(import.meta.dirname, "..");

/** The rule alone, over source text that claims to live at `file` (nothing is read from disk). */
function lint(file: string, code: string): string[] {
  const linter = new Linter({ cwd: ROOT });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.{ts,tsx}"],
        languageOptions: { parser: tseslint.parser },
        plugins: { local: boundaries },
        rules: { "local/import-boundaries": ["error", { root: ROOT }] },
      },
    ],
    { filename: path.join(ROOT, file) },
  );
  return messages.map((m) => m.message);
}

describe("import boundaries", () => {
  it("keeps the database out of routes, however the path is written", () => {
    expect(lint("app/routes/shop.tsx", `import { products } from "../../db/schema";`)).toEqual([
      "app/routes may not import db: routes reach the database through app/domain.",
    ]);
    expect(lint("app/routes/shop.tsx", `import { eq } from "drizzle-orm";`)).toHaveLength(1);
    expect(lint("app/routes/shop.tsx", `import { sql } from "drizzle-orm/sql";`)).toHaveLength(1);
    expect(lint("app/routes/shop.tsx", `import type { Db } from "../../db/client";`)).toHaveLength(
      1,
    );
    expect(lint("app/routes/shop.tsx", `export { products } from "../../db/schema";`)).toHaveLength(
      1,
    );
    expect(lint("app/routes/shop.tsx", `const s = await import("../../db/schema");`)).toHaveLength(
      1,
    );
    expect(lint("app/routes/shop.tsx", `import { getDb } from "~/infra/db.server";`)).toEqual([]);
    expect(
      lint("app/routes/shop.tsx", `import { x } from "~/domain/product/listing.server";`),
    ).toEqual([]);
  });

  it("keeps HTTP and React out of the domain", () => {
    expect(lint("app/domain/order/a.ts", `import { enter } from "~/web/route.server";`)).toEqual([
      "app/domain may not import app/web: the domain knows nothing of HTTP or React; routes and components call it.",
    ]);
    expect(lint("app/domain/order/a.ts", `import { B } from "../../components/b";`)).toHaveLength(
      1,
    );
    expect(lint("app/domain/order/a.ts", `import { loader } from "../../routes/x";`)).toHaveLength(
      1,
    );
    expect(lint("app/domain/order/a.ts", `import { getDb } from "../../infra/db.server";`)).toEqual(
      [],
    );
    expect(lint("app/domain/order/a.ts", `import { orders } from "../../../db/schema";`)).toEqual(
      [],
    );
  });

  it("keeps app/lib pure", () => {
    for (const specifier of [
      "../domain/order/a",
      "~/infra/logger",
      "../web/auth.server",
      "~/components/b",
      "../routes/x",
      "../../db/schema",
    ]) {
      expect(
        lint("app/lib/dates.ts", `import type { X } from "${specifier}";`),
        specifier,
      ).toHaveLength(1);
    }
    expect(lint("app/lib/dates.ts", `import { z } from "zod";`)).toEqual([]);
    expect(lint("app/lib/dates.ts", `import { toCsv } from "./csv";`)).toEqual([]);
  });

  it("lets components name database types but not reach services", () => {
    expect(lint("app/components/a.tsx", `import type { Product } from "../../db/schema";`)).toEqual(
      [],
    );
    expect(lint("app/components/a.tsx", `import { type Product } from "../../db/schema";`)).toEqual(
      [],
    );
    expect(
      lint("app/components/a.tsx", `import { products } from "../../db/schema";`),
    ).toHaveLength(1);
    expect(lint("app/components/a.tsx", `import { getDb } from "~/infra/db.server";`)).toHaveLength(
      1,
    );
    expect(
      lint("app/components/a.tsx", `import { paymentKey } from "~/domain/order/payment-key";`),
    ).toEqual([]);
  });

  it("keeps the domain out of app/infra (the workers are wired in app/workers.server.ts)", () => {
    expect(
      lint(
        "app/infra/mail.server.ts",
        `import { drainMailOnce } from "../domain/mail/outbox.server";`,
      ),
    ).toEqual([
      "app/infra may not import app/domain: app/infra holds the services (database, mail, Stripe, storage, search, logger); domain code takes them as arguments, and app/workers.server.ts wires the two together.",
    ]);
    expect(
      lint("app/workers.server.ts", `import { x } from "./domain/mail/outbox.server";`),
    ).toEqual([]);
  });

  it("is switched on for app code and off for its tests in eslint.config.js", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const rule = async (file: string) =>
      ((await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> }).rules?.[
        "local/import-boundaries"
      ];
    expect(await rule("app/routes/readyz.ts")).toEqual([2, { root: ROOT }]);
    expect(await rule("app/lib/dates.ts")).toEqual([2, { root: ROOT }]);
    expect(await rule("app/lib/dates.test.ts")).toBeUndefined();
  });
});
