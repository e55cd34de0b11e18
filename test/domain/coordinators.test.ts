import { coordinatorByIdentity, parseCoordinatorList } from '../../bot/domain/coordinators';

const policy = {
  objectIds: ['3F1C0A4E-0000-4000-8000-000000000001'],
  userPrincipalNames: ['karin.lindqvist@region.example'],
  teamIds: [],
  everyone: false,
};

describe('coordinatorByIdentity', () => {
  it('knows configured people by object id or user principal name, ignoring case', () => {
    expect(coordinatorByIdentity(policy, { aadObjectId: '3f1c0a4e-0000-4000-8000-000000000001' })).toBe(
      'yes',
    );
    expect(coordinatorByIdentity(policy, { userPrincipalName: 'Karin.Lindqvist@Region.Example' })).toBe(
      'yes',
    );
  });

  it('refuses everyone else, or asks the teams when teams are configured', () => {
    expect(coordinatorByIdentity(policy, { aadObjectId: 'someone-else' })).toBe('no');
    expect(coordinatorByIdentity({ ...policy, teamIds: ['team-1'] }, { aadObjectId: 'someone-else' })).toBe(
      'ask-teams',
    );
  });

  it('lets everyone in when so configured (local mode with nobody named)', () => {
    expect(coordinatorByIdentity({ ...policy, everyone: true }, {})).toBe('yes');
  });
});

describe('parseCoordinatorList', () => {
  it('splits names and ids on commas, semicolons and spaces', () => {
    expect(parseCoordinatorList(' karin@region.se, 3f1c;bo@region.se  abc ')).toEqual({
      userPrincipalNames: ['karin@region.se', 'bo@region.se'],
      objectIds: ['3f1c', 'abc'],
    });
  });
});
