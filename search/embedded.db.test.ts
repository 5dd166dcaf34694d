import { describeSearchContract } from "./contract";
import { createEmbeddedEngine } from "./embedded";

// The embedded engine reads the database directly, so "sync" has nothing to do.
describeSearchContract("embedded engine", async (db) => ({
  engine: createEmbeddedEngine(db),
  sync: async () => {},
}));
