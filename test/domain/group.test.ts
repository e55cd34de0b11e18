import { groupsOf } from '../../bot/domain/group';
import { sampleTeam } from '../support/sampleTeam';

describe('groupsOf', () => {
  const team = sampleTeam({
    id: 't1',
    name: 'Hallands sjukhus',
    channels: [
      { id: 't1', name: '', isGeneral: true },
      { id: 'c2', name: 'Ledningsgrupp', isGeneral: false },
    ],
  });

  it('makes every channel a group, named after its team unless the coordinator named it', () => {
    expect(groupsOf([team], new Map([['c2', 'Ledningsgrupp HS']]), 'Allmänt')).toEqual([
      { id: 't1', name: 'Hallands sjukhus', teamId: 't1', channelId: 't1', named: false },
      { id: 'c2', name: 'Ledningsgrupp HS', teamId: 't1', channelId: 'c2', named: true },
    ]);
  });

  it('names an unnamed channel after team and channel', () => {
    expect(groupsOf([team], new Map(), 'Allmänt')[1]?.name).toBe('Hallands sjukhus – Ledningsgrupp');
  });
});
