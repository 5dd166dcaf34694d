// Types for the local rule (plain JavaScript so that eslint.config.js loads it without a build).
import type { ESLint } from "eslint";

export type Boundary = {
  from: string;
  forbid: string[];
  packages?: string[];
  typesToo: boolean;
  because: string;
};

export const BOUNDARIES: Boundary[];
export function importTarget(
  root: string,
  file: string,
  specifier: string,
): { kind: "file" | "package"; name: string };

declare const plugin: ESLint.Plugin;
export default plugin;
