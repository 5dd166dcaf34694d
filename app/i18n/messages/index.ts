import common from "./common";

/**
 * Every area's messages, merged. To add an area: create `messages/<area>.ts` with
 * `defineMessages(vi, en)` and list it here.
 */
const areas = [common] as const;

type Area = (typeof areas)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

export type MessageKey = keyof UnionToIntersection<Area["vi"]>;

export const messages = {
  vi: Object.assign({}, ...areas.map((a) => a.vi)) as Record<MessageKey, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>,
};
