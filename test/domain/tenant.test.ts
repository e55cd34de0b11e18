import { activityTenant, tenantAllowed } from '../../bot/domain/tenant';

describe('which tenants the app serves', () => {
  it('serves any tenant when none is named, and only the named ones otherwise', () => {
    expect(tenantAllowed([], 'tenant-x')).toBe(true);
    expect(tenantAllowed([], undefined)).toBe(true);
    expect(tenantAllowed(['Tenant-A'], 'tenant-a')).toBe(true);
    expect(tenantAllowed(['tenant-a'], 'tenant-b')).toBe(false);
    expect(tenantAllowed(['tenant-a'], undefined)).toBe(false);
  });

  it('reads the tenant from channelData and the conversation, and trusts neither when they disagree', () => {
    expect(activityTenant({ channelData: { tenant: { id: 'Tenant-A' } } })).toBe('tenant-a');
    expect(activityTenant({ conversation: { tenantId: 'tenant-a' } })).toBe('tenant-a');
    expect(
      activityTenant({ conversation: { tenantId: 'tenant-a' }, channelData: { tenant: { id: 'tenant-a' } } }),
    ).toBe('tenant-a');
    expect(
      activityTenant({ conversation: { tenantId: 'tenant-b' }, channelData: { tenant: { id: 'tenant-a' } } }),
    ).toBeUndefined();
    expect(activityTenant({ conversation: { tenantId: 42 }, channelData: 'nonsense' })).toBeUndefined();
    expect(activityTenant({})).toBeUndefined();
  });
});
