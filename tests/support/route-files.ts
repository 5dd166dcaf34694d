/**
 * The route files under app/routes, read from the sources: what the walkers and the
 * authorisation matrix enumerate, so a new route cannot be left out of them.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROUTES_DIR = fileURLToPath(new URL("../../app/routes/", import.meta.url));

const EXPORTS = (name: "loader" | "action") => [
  new RegExp(`^export\\s+(?:async\\s+)?function\\s+${name}\\b`, "m"),
  new RegExp(`^export\\s+(?:const|let)\\s+${name}\\b`, "m"),
  new RegExp(`^export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`, "m"),
];

/** The source of a route file, by its path relative to app/routes. */
export function routeSource(rel: string): string {
  return fs.readFileSync(path.join(ROUTES_DIR, rel), "utf8");
}

/**
 * Route files (relative to app/routes) whose source exports a loader or an action: flat
 * files, and the `route.tsx` of a route folder.
 */
export function routeFilesExporting(name: "loader" | "action"): string[] {
  const patterns = EXPORTS(name);
  const found: string[] = [];
  const consider = (rel: string) => {
    if (/\.test\.tsx?$/.test(rel)) return;
    if (patterns.some((re) => re.test(routeSource(rel)))) found.push(rel);
  };
  for (const entry of fs.readdirSync(ROUTES_DIR, { withFileTypes: true })) {
    if (entry.isFile() && /\.(ts|tsx)$/.test(entry.name)) consider(entry.name);
    if (entry.isDirectory()) {
      for (const file of ["route.tsx", "route.ts"]) {
        if (fs.existsSync(path.join(ROUTES_DIR, entry.name, file)))
          consider(`${entry.name}/${file}`);
      }
    }
  }
  return found.sort();
}
