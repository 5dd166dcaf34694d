/**
 * Who may use the producer workspace (/producer): members of a producer, for their own
 * producer only. Anonymous readers are sent to log in; every other role, administrators
 * included (they work in /admin), gets 403. Every loader and action of the workspace calls
 * this first; records of another producer are then simply not found by the domain queries.
 */
import { requireUser } from "~/web/auth.server";
import type { ProducerActor } from "~/domain/producer/overview.server";

export async function requireProducerWorkspace(request: Request): Promise<ProducerActor> {
  const user = await requireUser(request);
  if (user.role !== "producer_member" || user.producerId === null) {
    throw new Response("Forbidden", { status: 403 });
  }
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    name: user.name,
    producerId: user.producerId,
  };
}
