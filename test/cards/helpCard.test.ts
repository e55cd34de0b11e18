import { helpCard, helpCommands } from '../../bot/cards/helpCard';

describe('helpCard', () => {
  it('is an Adaptive Card 1.5 that Teams renders, with text for clients that cannot', () => {
    const card = helpCard('sv');

    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.fallbackText).toBe('Lärdomar – skriv hjälp för att se vad jag kan.');
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('lists every command with what it does, in the user’s language', () => {
    const facts = (
      helpCard('en').body as { type: string; facts?: { title: string; value: string }[] }[]
    ).find((element) => element.type === 'FactSet')?.facts;

    expect(facts?.map((fact) => fact.title)).toEqual([
      'help',
      'groups',
      'new round',
      'status',
      'remind',
      'themes',
    ]);
    expect(facts).toHaveLength(helpCommands.length);
  });

  it('gives each command but help a button that submits the command', () => {
    expect(helpCard('sv').actions).toEqual([
      { type: 'Action.Submit', title: 'Grupper', data: { command: 'groups' } },
      { type: 'Action.Submit', title: 'Ny runda', data: { command: 'newRound' } },
      { type: 'Action.Submit', title: 'Status', data: { command: 'status' } },
      { type: 'Action.Submit', title: 'Påminn', data: { command: 'remind' } },
      { type: 'Action.Submit', title: 'Teman', data: { command: 'themes' } },
    ]);
  });

  it('marks its headings as headings for screen readers', () => {
    const headings = (helpCard('sv').body as { style?: string; text?: string }[]).filter(
      (b) => b.style === 'heading',
    );

    expect(headings.map((heading) => heading.text)).toEqual(['Lärdomar', 'Det här kan du skriva till mig']);
  });
});
