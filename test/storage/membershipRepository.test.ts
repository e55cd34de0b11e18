import { MembershipRepository } from '../../bot/storage/membershipRepository';
import { createTestStorage } from '../support/storage';

describe('MembershipRepository', () => {
  it('keeps who belongs to which group, replaced from a roster and changed one person at a time', async () => {
    const memberships = new MembershipRepository(await createTestStorage());
    const anna = 'AAAAAAAA-0000-4000-8000-000000000001';
    const bo = 'aaaaaaaa-0000-4000-8000-000000000002';
    const cecilia = 'aaaaaaaa-0000-4000-8000-000000000003';

    await memberships.replaceMembers('19:psyk@thread.tacv2', [anna, bo]);
    await memberships.replaceMembers('19:rs@thread.tacv2', [bo]);
    // Object ids are compared without case, as tokens and rosters may spell them differently.
    expect(await memberships.groupsOf(anna.toLowerCase())).toEqual(new Set(['19:psyk@thread.tacv2']));
    expect(await memberships.groupsOf(bo)).toEqual(new Set(['19:psyk@thread.tacv2', '19:rs@thread.tacv2']));

    await memberships.replaceMembers('19:psyk@thread.tacv2', [bo, cecilia]);
    expect(await memberships.groupsOf(anna)).toEqual(new Set());
    expect(await memberships.membersOf('19:psyk@thread.tacv2')).toEqual(new Set([bo, cecilia]));

    await memberships.add(['19:psyk@thread.tacv2', '19:rs@thread.tacv2'], [anna]);
    await memberships.remove(['19:psyk@thread.tacv2', '19:rs@thread.tacv2'], [bo, 'never-there']);
    expect(await memberships.groupsOf(anna)).toEqual(new Set(['19:psyk@thread.tacv2', '19:rs@thread.tacv2']));
    expect(await memberships.groupsOf(bo)).toEqual(new Set());
    expect(await memberships.membersOf('19:rs@thread.tacv2')).toEqual(new Set([anna.toLowerCase()]));
  });
});
