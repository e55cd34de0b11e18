import { channelDisplayName, groupsCard } from '../../bot/cards/groupsCard';
import { groupsOf } from '../../bot/domain/group';
import type { InstalledTeam } from '../../bot/domain/team';
import { sampleTeam } from '../support/sampleTeam';

/** A team name that looks like a template expression must show as written, not be evaluated. */
const trickyName = ['Närsjukvården Halland $', '{danger}'].join('');

const team: InstalledTeam = sampleTeam({
  name: trickyName,
  channels: [
    { id: 'team-1', name: '', isGeneral: true },
    { id: 'c2', name: 'Ledningsgrupp', isGeneral: false },
  ],
});

function texts(card: ReturnType<typeof groupsCard>): string[] {
  const collect = (elements: unknown[]): string[] =>
    elements.flatMap((element) => {
      const e = element as { text?: string; items?: unknown[]; inlines?: unknown[] };
      return [
        ...(e.text ? [e.text] : []),
        ...(e.inlines ? collect(e.inlines) : []),
        ...(e.items ? collect(e.items) : []),
      ];
    });
  return collect(card.body as unknown[]);
}

describe('groupsCard', () => {
  it('shows each team with its channels, the General channel by its Swedish name', () => {
    expect(texts(groupsCard([team], 'sv'))).toEqual([
      'Team och kanaler jag känner till',
      trickyName,
      '2 kanaler',
      'Allmänt · Ledningsgrupp',
    ]);
  });

  it('says how to add the app when it knows no team', () => {
    const shown = texts(groupsCard([], 'en'));

    expect(shown).toHaveLength(2);
    expect(shown[1]).toMatch(/^I have not been added to any team yet/);
  });

  it('counts one channel in the singular', () => {
    expect(
      texts(groupsCard([{ ...team, channels: [team.channels[0] as InstalledTeam['channels'][0]] }], 'sv')),
    ).toContain('1 kanal');
  });

  it('keeps a channel’s own name, even for General when Teams gave one', () => {
    expect(channelDisplayName({ name: 'General', isGeneral: true }, 'sv')).toBe('General');
    expect(channelDisplayName({ name: '', isGeneral: true }, 'en')).toBe('General');
  });
});

describe('groupsCard for a coordinator', () => {
  const groups = groupsOf([team], new Map([['c2', 'Ledningsgrupp NSH']]), 'Allmänt');

  it('offers a name field per group, filled with the given name or showing the Teams name', () => {
    const card = groupsCard([team], 'sv', { groups, editable: true });
    const inputs = JSON.stringify(card.body).match(/"type":"Input\.Text"[^}]*}/g) ?? [];

    expect(inputs).toHaveLength(2);
    expect(inputs[0]).toContain('"placeholder":"Närsjukvården Halland');
    expect(inputs[1]).toContain('"value":"Ledningsgrupp NSH"');
    expect(card.actions).toEqual([{ type: 'Action.Execute', verb: 'group.rename', title: 'Spara namn' }]);
  });

  it('has no save button for others, nor when there are no teams', () => {
    expect(groupsCard([team], 'sv', { groups }).actions).toBeUndefined();
    expect(groupsCard([], 'sv', { editable: true }).actions).toBeUndefined();
  });
});
