/** Where a role's own workspace is, if it has one: producers in /producer, officials in /admin. */
export function workspacePath(role: string): string | null {
  if (role === "producer_member") return "/producer";
  if (role === "official" || role === "administrator") return "/admin";
  return null;
}
