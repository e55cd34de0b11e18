import { MembershipRepository } from '../../bot/storage/membershipRepository';
import { botAddedToTeam, cardAction, peopleAddedToTeam, peopleRemovedFromTeam } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';
import { psykiatriHalland } from '../support/sampleTeam';

const { general, ledning } = psykiatriHalland;
const team = { id: general, name: 'Psykiatri Halland' };

/**
 * Who belongs to a group (what lets a member of a group answering together follow it in the tab):
 * the team's roster when a round is sent, then kept current from Teams' member events.
 */
describe('group members from the team roster, through the bot endpoint', () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let memberships: MembershipRepository;
  let stopped: boolean;

  beforeEach(async () => {
    stopped = false;
    connector = await ConnectorService.start();
    connector.addTeam(psykiatriHalland.inTeams());
    bot = await startBot({}, { startWorker: false });
    memberships = new MembershipRepository(bot.storage);
    await roundStores(bot.storage).teams.save(psykiatriHalland.installed(connector.serviceUrl));
  });

  afterEach(async () => {
    if (!stopped) await bot.close();
    await connector.close();
  });

  async function press(verb: string, data: Record<string, unknown>): Promise<string> {
    const response = await bot.post(cardAction(connector.serviceUrl, verb, data));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { value: unknown };
    return typeof answer.value === 'string' ? answer.value : JSON.stringify(answer.value);
  }

  async function eventually(check: () => Promise<boolean>): Promise<void> {
    const until = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > until) throw new Error('not within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function savedDraft(): Promise<string> {
    const editor = await press('round.create', { from: 'template' });
    const roundId = /"roundId":"([^"]+)"/.exec(editor)?.[1] ?? '';
    expect(roundId).not.toBe('');
    await press('round.save', {
      roundId,
      title: 'Samlade lärdomar',
      purpose: 'Syftet är att lära.',
      q1: 'Vilka är de viktigaste lärdomarna?',
      deadlineDate: '2027-01-15',
      deadlineTime: '17:00',
      [`mode|${general}`]: 'together',
    });
    return roundId;
  }

  it('records the roster when a round is sent, and follows people joining and leaving the team', async () => {
    const roundId = await savedDraft();
    // Nothing is known of the members before the round goes out.
    expect(await memberships.groupsOf('oid-erik')).toEqual(new Set());

    expect(await press('round.launch', { roundId })).toContain('Rundan är startad.');
    await eventually(async () => (await memberships.membersOf(ledning)).size === 2);
    expect(await memberships.membersOf(general)).toEqual(new Set(['oid-erik', 'oid-maria']));
    // A group is a channel of the team, and the team's roster is every channel's.
    expect(await memberships.membersOf(ledning)).toEqual(new Set(['oid-erik', 'oid-maria']));

    const nils = { id: '29:nils', aadObjectId: 'oid-nils' };
    expect((await bot.post(peopleAddedToTeam(connector.serviceUrl, team, [nils]))).status).toBe(200);
    await eventually(async () => (await memberships.groupsOf('oid-nils')).size === 2);
    expect(await memberships.groupsOf('oid-nils')).toEqual(new Set([general, ledning]));

    const erik = { id: '29:erik', aadObjectId: 'oid-erik' };
    expect((await bot.post(peopleRemovedFromTeam(connector.serviceUrl, team, [erik]))).status).toBe(200);
    await eventually(async () => (await memberships.groupsOf('oid-erik')).size === 0);
    expect(await memberships.membersOf(general)).toEqual(new Set(['oid-maria', 'oid-nils']));
    // The team itself is still there: a person leaving is not the bot being removed.
    expect((await roundStores(bot.storage).teams.get(general))?.removedAt).toBeNull();
  });

  it('answers Teams at once when a team of 3,000 joins, and records every one of them', async () => {
    const people = Array.from({ length: 3000 }, (_, index) => ({
      id: `29:person-${index}`,
      aadObjectId: `oid-person-${index}`,
    }));

    const response = await bot.post(peopleAddedToTeam(connector.serviceUrl, team, people));

    expect(response.status).toBe(200);
    // Stopping waits for work in the background: every person is recorded by then.
    await bot.close();
    stopped = true;
    expect((await memberships.membersOf(general)).size).toBe(3000);
    expect((await memberships.membersOf(ledning)).size).toBe(3000);
    expect(await memberships.groupsOf('oid-person-2999')).toEqual(new Set([general, ledning]));
  }, 60_000);

  it('records the roster when the bot is added to a team', async () => {
    const joined = { id: '19:rs@thread.tacv2', name: 'Regionservice' };
    connector.addTeam({
      ...joined,
      channels: [{ id: joined.id }],
      members: [{ id: '29:karl', name: 'Karl Karlsson', aadObjectId: 'oid-karl' }],
    });

    expect((await bot.post(botAddedToTeam(connector.serviceUrl, joined))).status).toBe(200);

    await eventually(async () => (await memberships.membersOf(joined.id)).size === 1);
    expect(await memberships.groupsOf('oid-karl')).toEqual(new Set([joined.id]));
  });

  it('sends the round even when the roster cannot be read, and records nothing', async () => {
    const roundId = await savedDraft();
    connector.failNext({ status: 403, operation: 'getPagedMembers' });

    expect(await press('round.launch', { roundId })).toContain('Rundan är startad.');
    // Stopping waits for work in the background, the roster reading among it.
    await bot.close();
    stopped = true;
    expect(connector.calls.filter((call) => call.operation === 'getPagedMembers')).toHaveLength(1);
    expect(await memberships.membersOf(general)).toEqual(new Set());
  });
});
