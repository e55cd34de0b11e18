/**
 * Whether people of a tenant may use the app. An empty list allows any tenant (a multi-tenant
 * bot with none named); otherwise the tenant must be named, and an unknown tenant is no tenant.
 */
export function tenantAllowed(allowed: readonly string[], tenantId: string | undefined): boolean {
  if (allowed.length === 0) return true;
  if (tenantId === undefined) return false;
  const wanted = tenantId.toLowerCase();
  return allowed.some((tenant) => tenant.toLowerCase() === wanted);
}

/**
 * The tenant an activity comes from. Teams puts it in `channelData.tenant.id` and, for most
 * conversations, in `conversation.tenantId` too; two that disagree name no tenant.
 */
export function activityTenant(activity: {
  conversation?: { tenantId?: unknown };
  channelData?: unknown;
}): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromConversation = activity.conversation?.tenantId;
  const named = [fromChannelData, fromConversation].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
  const [first] = named;
  if (!first || named.some((value) => value.toLowerCase() !== first.toLowerCase())) return undefined;
  return first.toLowerCase();
}
