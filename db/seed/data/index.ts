/**
 * The demo catalogue: producers and products written for this project, placed at real
 * communes (QĐ 19/2025 codes) with the commune each stood in before July 2025.
 */
import { CENTRAL_HIGHLANDS } from "./central-highlands";
import { NORTH_MIDLANDS } from "./north-midlands";
import { RED_RIVER_DELTA } from "./red-river-delta";
import { SOUTH } from "./south";
import type { DemoProducer } from "./types";

export * from "./types";

export const DEMO_PRODUCERS: readonly DemoProducer[] = [
  ...NORTH_MIDLANDS,
  ...RED_RIVER_DELTA,
  ...CENTRAL_HIGHLANDS,
  ...SOUTH,
];
