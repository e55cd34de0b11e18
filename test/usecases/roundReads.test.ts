import { createRoundReads } from '../../bot/usecases/roundReads';

describe('shared round reads', () => {
  let now = 0;
  let reads = 0;
  const sources = {
    answers: async () => {
      reads += 1;
      return [];
    },
    themes: async () => [],
  };

  beforeEach(() => {
    now = 0;
    reads = 0;
  });

  it('reads a round once within the lifetime, and again after it', async () => {
    const shared = createRoundReads(sources, { lifetimeMs: 3000, clock: () => now });
    await shared.answers('r1');
    now = 2999;
    await shared.answers('r1');
    expect(reads).toBe(1);
    now = 3000;
    await shared.answers('r1');
    expect(reads).toBe(2);
  });

  it('reads again at once when the round is forgotten, and keeps rounds apart', async () => {
    const shared = createRoundReads(sources, { lifetimeMs: 3000, clock: () => now });
    await shared.answers('r1');
    await shared.answers('r2');
    shared.forget('r1');
    await shared.answers('r1');
    await shared.answers('r2');
    expect(reads).toBe(3);
  });

  it('does not share a failed read', async () => {
    let fail = true;
    const shared = createRoundReads(
      {
        ...sources,
        answers: async () => {
          reads += 1;
          if (fail) throw new Error('storage down');
          return [];
        },
      },
      { lifetimeMs: 3000, clock: () => now },
    );
    await expect(shared.answers('r1')).rejects.toThrow('storage down');
    fail = false;
    await expect(shared.answers('r1')).resolves.toEqual([]);
    expect(reads).toBe(2);
  });

  it("keeps the parts of a round's themes apart, and forgets them all with the round", async () => {
    const parts: string[] = [];
    const shared = createRoundReads(
      {
        ...sources,
        themes: async (_, part) => {
          parts.push(part.kind === 'round' ? 'round' : part.groupId);
          return [];
        },
      },
      { lifetimeMs: 3000, clock: () => now },
    );
    await shared.themes('r1', { kind: 'round' });
    await shared.themes('r1', { kind: 'group', groupId: 'g1' });
    await shared.themes('r1', { kind: 'group', groupId: 'g1' });
    await shared.themes('r2', { kind: 'round' });
    expect(parts).toEqual(['round', 'g1', 'round']);
    shared.forget('r1');
    await shared.themes('r1', { kind: 'group', groupId: 'g1' });
    await shared.themes('r2', { kind: 'round' });
    expect(parts).toEqual(['round', 'g1', 'round', 'g1']);
  });

  it('reads every time with a lifetime of 0', async () => {
    const shared = createRoundReads(sources, { lifetimeMs: 0, clock: () => now });
    await shared.answers('r1');
    await shared.answers('r1');
    expect(reads).toBe(2);
  });
});
