/**
 * Where a message written to a group (writeToGroup) goes: the group's own contact e-mail address,
 * else its organisation's; null when neither has one, and the group cannot be written to.
 */
export function messageRecipient(groupEmail: string | null | undefined, organisationEmail: string | null | undefined): string | null {
  return groupEmail?.trim() || organisationEmail?.trim() || null;
}
