import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Operation, type Route, routeOf } from './connectorRoutes';

export type { Operation };

/**
 * A local stand-in for the Bot Connector service that Teams runs, speaking its REST API (v3) the
 * way Teams answers it: the bot sends to it, the tests read what arrived. Faults (429 with
 * Retry-After, 5xx, timeouts) can be queued one by one, or Teams under load can be played with
 * `load`: a per-app rate limit, random 429s, 5xx and timeouts from a seeded random, so a run can
 * be repeated. What was delivered is counted per conversation, so lost and doubled messages show.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
 */
export type ReceivedCall = {
  method: string;
  path: string;
  operation: Operation;
  conversationId?: string;
  activityId?: string;
  authorization?: string;
  body: Record<string, unknown> | undefined;
  at: number;
  /** What the connector answered; `timeout` when it held the request and dropped the connection. */
  answer?: number | 'timeout';
};

/** A message that reached a conversation: a new thread's root post, a 1:1 message or a reply. */
export type Delivery = {
  conversationId: string;
  activityId: string;
  operation: 'createConversation' | 'sendToConversation' | 'replyToActivity';
  text?: string;
  activity: Record<string, unknown>;
  at: number;
};

/**
 * Teams under load. Every share is a probability per request, drawn from a seeded random. A
 * request first needs a token of the app's rate limit; the random faults come after, so a randomly
 * refused request has still used up its share of the limit, as any request Teams saw does.
 */
export type ConnectorLoad = {
  /** Requests a second the app may make in all (a token bucket that starts full); over it → 429. */
  appRateLimit?: { perSecond: number; burst?: number; retryAfterSeconds?: number };
  random429?: { share: number; retryAfterSeconds?: number };
  /** Answered with 500, 502, 503 or 504. */
  random5xx?: { share: number };
  /** Held for `holdMs` without being processed, then the connection is dropped. */
  randomTimeouts?: { share: number; holdMs?: number };
  /** Added before every answer, like the network to Teams. */
  latencyMs?: number;
  seed?: number;
};

export type ConnectorStats = {
  requests: number;
  /** 429s from the per-app rate limit: the sender went faster than the limit. */
  rateLimited: number;
  random429: number;
  random5xx: number;
  timeouts: number;
  /** Faults queued with failNext that were used. */
  injected: number;
};

export type MockTeam = {
  id: string;
  name: string;
  aadGroupId?: string;
  channels: { id: string; name?: string }[];
  members?: MockMember[];
};

export type MockMember = {
  id: string;
  name: string;
  aadObjectId: string;
  userPrincipalName?: string;
  email?: string;
};

export type Fault =
  | { status: number; retryAfterSeconds?: number; operation?: Operation; code?: string; message?: string }
  | { timeout: true; holdMs?: number; operation?: Operation };

export class ConnectorService {
  readonly calls: ReceivedCall[] = [];
  readonly stats: ConnectorStats = {
    requests: 0,
    rateLimited: 0,
    random429: 0,
    random5xx: 0,
    timeouts: 0,
    injected: 0,
  };
  private readonly teams = new Map<string, MockTeam>();
  private readonly faults: Fault[] = [];
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  private readonly delivered: Delivery[] = [];
  private readonly personalChats = new Map<string, string>();
  private readonly held = new Set<NodeJS.Timeout>();
  private load: ConnectorLoad = {};
  private random: () => number = seededRandom(1);
  private appBucket: { tokens: number; at: number } | undefined;
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    readonly serviceUrl: string,
  ) {}

  static async start(load: ConnectorLoad = {}): Promise<ConnectorService> {
    let instance: ConnectorService | undefined;
    const server = createServer((request, response) => {
      // A client that gives up mid-request leaves nothing to answer.
      instance?.handle(request, response).catch(() => request.socket.destroy());
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    instance = new ConnectorService(server, `http://127.0.0.1:${port}/`);
    instance.setLoad(load);
    return instance;
  }

  /** Plays Teams under this load from now on; the random sequence restarts from the seed. */
  setLoad(load: ConnectorLoad): void {
    this.load = load;
    this.random = seededRandom(load.seed ?? 1);
    this.appBucket = undefined;
  }

  addTeam(team: MockTeam): void {
    this.teams.set(team.id, team);
  }

  /** The next matching call(s) answer with this status (or time out) instead of succeeding. */
  failNext(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  /**
   * Activities the bot sent (new messages and replies), in the order they arrived, refused and
   * timed-out attempts included; `deliveries()` holds only what got through.
   */
  sentActivities(): (Record<string, unknown> & { conversationId: string })[] {
    return this.calls
      .filter((call) => call.operation === 'sendToConversation' || call.operation === 'replyToActivity')
      .map((call) => ({ ...(call.body ?? {}), conversationId: call.conversationId ?? '' }));
  }

  /** Every message that reached a conversation, in order: what a Teams user would see. */
  deliveries(): Delivery[] {
    return [...this.delivered];
  }

  deliveredTo(conversationId: string): Delivery[] {
    return this.delivered.filter((delivery) => delivery.conversationId === conversationId);
  }

  /** The threads started in a channel, each by its root post. */
  threadsIn(channelId: string): Delivery[] {
    return this.delivered.filter(
      (delivery) =>
        delivery.operation === 'createConversation' &&
        delivery.conversationId.startsWith(`${channelId};messageid=`),
    );
  }

  /** The redraws of one activity (updateActivity calls), in the order they came. */
  updatesOf(activityId: string): ReceivedCall[] {
    return this.calls.filter((call) => call.operation === 'updateActivity' && call.activityId === activityId);
  }

  /**
   * Waits until the redraws of an activity stop coming (none for `quietMs`), and says how many
   * came: delivery progress redraws followed cards, gathered every 1.5 s.
   */
  async updatesSettled(activityId: string, quietMs = 2000): Promise<number> {
    let before = -1;
    while (this.updatesOf(activityId).length !== before) {
      before = this.updatesOf(activityId).length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
    return before;
  }

  /** Resolves once `check` holds, or rejects after `timeoutMs` saying what was received. */
  async waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
    if (check()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`connector: condition not met in ${timeoutMs} ms; calls: ${this.describeCalls()}`));
      }, timeoutMs);
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async close(): Promise<void> {
    for (const timer of this.held) clearTimeout(timer);
    this.held.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private describeCalls(): string {
    return this.calls.map((call) => `${call.method} ${call.path}`).join(', ') || 'none';
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://connector');
    const body = await readJson(request);
    const route = routeOf(request.method ?? 'GET', url.pathname);
    const call: ReceivedCall = {
      method: request.method ?? 'GET',
      path: url.pathname,
      operation: route.operation,
      ...(route.conversationId ? { conversationId: route.conversationId } : {}),
      ...(route.activityId ? { activityId: route.activityId } : {}),
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      body,
      at: Date.now(),
    };
    this.stats.requests += 1;
    if (this.load.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.load.latencyMs));

    // Like Teams, a request over the app's rate is refused before anything else is looked at.
    const limit = this.load.appRateLimit;
    if (limit && !this.takeAppToken(limit.perSecond, limit.burst ?? limit.perSecond)) {
      this.stats.rateLimited += 1;
      this.refuse(call, response, 429, 'Throttled', 'Too many requests', limit.retryAfterSeconds ?? 1);
      return;
    }

    const faultIndex = this.faults.findIndex(
      (fault) => !fault.operation || fault.operation === route.operation,
    );
    if (faultIndex >= 0) {
      const [fault] = this.faults.splice(faultIndex, 1) as [Fault];
      this.stats.injected += 1;
      if ('timeout' in fault) {
        this.holdAndDrop(call, request, fault.holdMs ?? 10_000);
        return;
      }
      this.refuse(
        call,
        response,
        fault.status,
        fault.code ?? defaultCode(fault.status),
        fault.message ?? 'Injected fault',
        fault.retryAfterSeconds,
      );
      return;
    }

    const draw = this.random();
    const share429 = this.load.random429?.share ?? 0;
    const share5xx = this.load.random5xx?.share ?? 0;
    const shareTimeout = this.load.randomTimeouts?.share ?? 0;
    if (draw < share429) {
      this.stats.random429 += 1;
      const retryAfter = this.load.random429?.retryAfterSeconds ?? 1;
      this.refuse(call, response, 429, 'Throttled', 'Too many requests', retryAfter);
      return;
    }
    if (draw < share429 + share5xx) {
      this.stats.random5xx += 1;
      const status = [500, 502, 503, 504][Math.floor(this.random() * 4)] as number;
      this.refuse(call, response, status, defaultCode(status), 'Random fault');
      return;
    }
    if (draw < share429 + share5xx + shareTimeout) {
      this.holdAndDrop(call, request, this.load.randomTimeouts?.holdMs ?? 10_000);
      return;
    }

    const [status, answer] = this.answer(route, url, body, call.at);
    this.record({ ...call, answer: status });
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(answer === undefined ? '' : JSON.stringify(answer));
  }

  private refuse(
    call: ReceivedCall,
    response: ServerResponse,
    status: number,
    code: string,
    message: string,
    retryAfterSeconds?: number,
  ): void {
    this.record({ ...call, answer: status });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
    response.writeHead(status, headers);
    response.end(JSON.stringify({ error: { code, message } }));
  }

  /** A timeout as the bot sees it: no answer, then a dropped connection. Nothing is delivered. */
  private holdAndDrop(call: ReceivedCall, request: IncomingMessage, holdMs: number): void {
    this.stats.timeouts += 1;
    this.record({ ...call, answer: 'timeout' });
    const timer = setTimeout(() => {
      this.held.delete(timer);
      request.socket.destroy();
    }, holdMs);
    this.held.add(timer);
  }

  private takeAppToken(perSecond: number, burst: number): boolean {
    const at = performance.now();
    const bucket = this.appBucket ?? { tokens: burst, at };
    bucket.tokens = Math.min(burst, bucket.tokens + ((at - bucket.at) * perSecond) / 1000);
    bucket.at = at;
    this.appBucket = bucket;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private record(call: ReceivedCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  private deliver(
    operation: Delivery['operation'],
    conversationId: string,
    activity: Record<string, unknown>,
    at: number,
    activityId = this.newActivityId(),
  ): string {
    this.delivered.push({
      conversationId,
      activityId,
      operation,
      ...(typeof activity.text === 'string' ? { text: activity.text } : {}),
      activity,
      at,
    });
    return activityId;
  }

  private answer(
    route: Route,
    url: URL,
    body: Record<string, unknown> | undefined,
    at: number,
  ): [number, unknown] {
    switch (route.operation) {
      case 'sendToConversation':
      case 'replyToActivity':
        return [201, { id: this.deliver(route.operation, route.conversationId ?? '', body ?? {}, at) }];
      case 'updateActivity':
        return [200, { id: route.activityId }];
      case 'deleteActivity':
        return [200, undefined];
      case 'createConversation':
        return this.createConversation(body ?? {}, at);
      case 'getTeamChannels': {
        const team = this.teams.get(route.teamId ?? '');
        if (!team) return [404, { error: { code: 'NotFound', message: 'Team not found' } }];
        return [200, { conversations: team.channels }];
      }
      case 'getTeamDetails': {
        const team = this.teams.get(route.teamId ?? '');
        if (!team) return [404, { error: { code: 'NotFound', message: 'Team not found' } }];
        return [200, { id: team.id, name: team.name, aadGroupId: team.aadGroupId }];
      }
      case 'getPagedMembers': {
        const members = this.membersOf(route.conversationId ?? '');
        const pageSize = Number(url.searchParams.get('pageSize') ?? 200);
        const start = Number(url.searchParams.get('continuationToken') ?? 0);
        const page = members.slice(start, start + pageSize);
        const next = start + pageSize < members.length ? String(start + pageSize) : undefined;
        return [200, { members: page, ...(next ? { continuationToken: next } : {}) }];
      }
      case 'getMember': {
        // Teams finds a member by Teams user id, Entra object id or user principal name (msteams-docs,
        // bots/how-to/get-teams-context.md, "Get single member details").
        const wanted = decodeURIComponent(route.memberId ?? '').toLowerCase();
        const member = this.membersOf(route.conversationId ?? '').find(
          (m) =>
            m.id.toLowerCase() === wanted ||
            m.aadObjectId.toLowerCase() === wanted ||
            m.userPrincipalName?.toLowerCase() === wanted,
        );
        return member ? [200, member] : [404, { error: { code: 'NotFound', message: 'Member not found' } }];
      }
      default:
        return [404, { error: { code: 'NotFound', message: `No route ${url.pathname}` } }];
    }
  }

  /**
   * In a channel: a new thread, addressed as `<channel id>;messageid=<root message id>`, whose root
   * post is the initial activity. Otherwise a 1:1 chat: the same person gets the same conversation
   * every time, as in Teams; an initial activity is delivered into it.
   */
  private createConversation(body: Record<string, unknown>, at: number): [number, unknown] {
    const activity = body.activity as Record<string, unknown> | undefined;
    const channel = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
    if (channel) {
      const rootId = this.newActivityId();
      const id = `${channel};messageid=${rootId}`;
      if (activity) this.deliver('createConversation', id, activity, at, rootId);
      return [201, { id, activityId: rootId }];
    }
    const members = ((body.members as { id?: string }[] | undefined) ?? []).map((member) => member.id ?? '');
    if (members.length === 0) {
      return [400, { error: { code: 'BadArgument', message: 'A conversation needs members or a channel' } }];
    }
    const key = `${String(body.tenantId ?? '')}|${[...members].sort().join(',')}`;
    let id = this.personalChats.get(key);
    if (!id) {
      id = `a:personal-${this.nextId++}`;
      this.personalChats.set(key, id);
    }
    if (!activity) return [201, { id }];
    return [201, { id, activityId: this.deliver('createConversation', id, activity, at) }];
  }

  private membersOf(conversationId: string): MockMember[] {
    const teamId = conversationId.split(';')[0] ?? '';
    for (const team of this.teams.values()) {
      if (team.id === teamId || team.channels.some((channel) => channel.id === teamId))
        return team.members ?? [];
    }
    return [];
  }

  private newActivityId(): string {
    return String(1_700_000_000_000 + this.nextId++);
  }
}

/** The code Teams puts in the error body for a status, when a test does not name one. */
function defaultCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'BadArgument',
    401: 'BotNotRegistered',
    403: 'Forbidden',
    404: 'ConversationNotFound',
    412: 'PreconditionFailed',
    413: 'MessageSizeTooBig',
    429: 'Throttled',
  };
  return codes[status] ?? (status >= 500 ? 'ServiceError' : 'BadArgument');
}

/** mulberry32: a small seeded generator, so a run with the same seed draws the same faults. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { unparsable: text };
  }
}
