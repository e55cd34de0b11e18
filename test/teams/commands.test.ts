import { isCommand, matchesCommand } from '../../bot/teams/commands';

describe('matchesCommand', () => {
  it.each(['hjälp', 'Hjälp', ' HJÄLP! ', 'help', 'Help.', '?', 'hjälp\u00a0'])(
    'reads "%s" as help',
    (text) => {
      expect(matchesCommand(text, 'help')).toBe(true);
    },
  );

  it.each(['hjälp mig med rundan', 'grupper', '', undefined])('does not read %j as help', (text) => {
    expect(matchesCommand(text, 'help')).toBe(false);
  });

  it('reads "grupper" and "groups" as the groups command', () => {
    expect(matchesCommand('Grupper', 'groups')).toBe(true);
    expect(matchesCommand('groups', 'groups')).toBe(true);
  });
});

describe('isCommand', () => {
  it('takes a card button’s submitted command over the text', () => {
    expect(isCommand({ value: { command: 'groups' } }, 'groups')).toBe(true);
    expect(isCommand({ text: 'hjälp', value: { command: 'groups' } }, 'help')).toBe(false);
  });
});
