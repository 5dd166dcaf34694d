/**
 * A lifecycle: the states of one status column, the moves between them and who may make each
 * move, as data (in the style of Vendure's order process). Every status write in the domain
 * goes through `checkMove` of its column's lifecycle, so a refused move is refused in one place
 * and `LIFECYCLES` (registry.ts) can prove that every status column has one.
 *
 * Pure: no database, no I/O; pages may import a lifecycle to show the moves on offer.
 */

export type Lifecycle<S extends string, A extends string> = {
  /** The table and column the lifecycle governs (SQL names). */
  readonly table: string;
  readonly column: string;
  readonly states: readonly S[];
  /** The states a row may be inserted in. */
  readonly initial: readonly S[];
  /** from → to → who may make that move. Anything absent is refused. */
  readonly moves: { readonly [F in S]: Partial<Record<S, readonly A[]>> };
};

export type MoveCheck =
  { ok: true } | { ok: false; error: "transitionNotAllowed" | "actorNotAllowed" };

export function defineLifecycle<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
): Lifecycle<S, A> {
  for (const from of lifecycle.states) {
    for (const to of Object.keys(lifecycle.moves[from]) as S[]) {
      if (!lifecycle.states.includes(to)) {
        throw new Error(`${lifecycle.table}.${lifecycle.column}: move to unknown state ${to}`);
      }
    }
  }
  return lifecycle;
}

/** Whether `actor` may move a row from `from` to `to`. */
export function checkMove<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  from: S,
  to: S,
  actor: A,
): MoveCheck {
  const allowed = lifecycle.moves[from][to];
  if (!allowed) return { ok: false, error: "transitionNotAllowed" };
  if (!allowed.includes(actor)) return { ok: false, error: "actorNotAllowed" };
  return { ok: true };
}

/** The states `actor` may move a row to from `from`, in the table's order. */
export function movesFrom<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  from: S,
  actor: A,
): S[] {
  return (Object.keys(lifecycle.moves[from]) as S[]).filter(
    (to) => lifecycle.moves[from][to]?.includes(actor) ?? false,
  );
}

/** The states from which `actor` may reach `to`. */
export function statesFrom<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  to: S,
  actor: A,
): S[] {
  return lifecycle.states.filter((from) => lifecycle.moves[from][to]?.includes(actor) ?? false);
}

/** States nothing leaves. */
export function finalStates<S extends string, A extends string>(lifecycle: Lifecycle<S, A>): S[] {
  return lifecycle.states.filter((s) => Object.keys(lifecycle.moves[s]).length === 0);
}
