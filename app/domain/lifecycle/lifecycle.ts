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

/**
 * The outcome of a move as a command writes it: on success `to` is the value to store. The
 * status-write test accepts only values that come from this module (`move.to`,
 * `initialState`, `recordedState`), so a status cannot be written without its lifecycle.
 */
export type Move<S extends string> =
  { ok: true; from: S; to: S } | { ok: false; error: "transitionNotAllowed" | "actorNotAllowed" };

/** `checkMove`, with the state to write when the move is allowed. */
export function moveTo<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  from: S,
  to: S,
  actor: A,
): Move<S> {
  const check = checkMove(lifecycle, from, to, actor);
  return check.ok ? { ok: true, from, to } : check;
}

/**
 * For a form that saves a status among other fields: staying in `from` is no move and always
 * allowed; anything else is `moveTo`.
 */
export function moveOrStay<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  from: S,
  to: S,
  actor: A,
): Move<S> {
  return from === to ? { ok: true, from, to } : moveTo(lifecycle, from, to, actor);
}

/** The state a new row is inserted in; a state not among `initial` is a programming error. */
export function initialState<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  state: S,
): S {
  if (!lifecycle.initial.includes(state)) {
    throw new Error(`${lifecycle.table}.${lifecycle.column}: ${state} is not an initial state`);
  }
  return state;
}

/**
 * Seed data only: a row recreated as it stands at the end of a history that happened
 * elsewhere (a revoked certificate, a suspended producer). Any state of the table; the
 * status-write test refuses it outside the seed.
 */
export function recordedState<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  state: S,
): S {
  if (!lifecycle.states.includes(state)) {
    throw new Error(`${lifecycle.table}.${lifecycle.column}: unknown state ${state}`);
  }
  return state;
}

/** A move that was allowed: what a command passes on to the code that writes it. */
export type AllowedMove<S extends string> = Extract<Move<S>, { ok: true }>;
