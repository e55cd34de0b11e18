import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Bot Connector service that Teams runs, speaking its REST API (v3) the
 * way Teams answers it: the bot sends to it, the tests read what arrived. Faults (429 with
 * Retry-After, 5xx) can be queued to test throttling and retries.
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
};

export type Operation =
  | 'sendToConversation'
  | 'replyToActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'createConversation'
  | 'getTeamChannels'
  | 'getTeamDetails'
  | 'getPagedMembers'
  | 'getMember'
  | 'unknown';

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

type Fault = { status: number; retryAfterSeconds?: number; operation?: Operation };

export class ConnectorService {
  readonly calls: ReceivedCall[] = [];
  private readonly teams = new Map<string, MockTeam>();
  private readonly faults: Fault[] = [];
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    readonly serviceUrl: string,
  ) {}

  static async start(): Promise<ConnectorService> {
    let instance: ConnectorService | undefined;
    const server = createServer((request, response) => {
      void instance?.handle(request, response);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    instance = new ConnectorService(server, `http://127.0.0.1:${port}/`);
    return instance;
  }

  addTeam(team: MockTeam): void {
    this.teams.set(team.id, team);
  }

  /** The next matching call(s) answer with this status instead of succeeding. */
  failNext(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  /** Activities the bot sent (new messages and replies), in the order they arrived. */
  sentActivities(): (Record<string, unknown> & { conversationId: string })[] {
    return this.calls
      .filter((call) => call.operation === 'sendToConversation' || call.operation === 'replyToActivity')
      .map((call) => ({ ...(call.body ?? {}), conversationId: call.conversationId ?? '' }));
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

    const faultIndex = this.faults.findIndex(
      (fault) => !fault.operation || fault.operation === route.operation,
    );
    if (faultIndex >= 0) {
      const [fault] = this.faults.splice(faultIndex, 1);
      this.record({ ...call, operation: route.operation });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault?.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      response.writeHead(fault?.status ?? 500, headers);
      response.end(JSON.stringify({ error: { code: 'Throttled', message: 'Injected fault' } }));
      return;
    }

    const [status, answer] = this.answer(route, url, body);
    this.record(call);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(answer === undefined ? '' : JSON.stringify(answer));
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

  private answer(route: Route, url: URL, body: Record<string, unknown> | undefined): [number, unknown] {
    switch (route.operation) {
      case 'sendToConversation':
      case 'replyToActivity':
        return [201, { id: this.newActivityId() }];
      case 'updateActivity':
        return [200, { id: route.activityId }];
      case 'deleteActivity':
        return [200, undefined];
      case 'createConversation': {
        const channel = (body?.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
        const activityId = this.newActivityId();
        // A new thread in a channel is addressed as `<channel id>;messageid=<root message id>`.
        const id = channel ? `${channel};messageid=${activityId}` : `a:personal-${this.nextId++}`;
        return [201, { id, activityId }];
      }
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
        const member = this.membersOf(route.conversationId ?? '').find((m) => m.id === route.memberId);
        return member ? [200, member] : [404, { error: { code: 'NotFound', message: 'Member not found' } }];
      }
      default:
        return [404, { error: { code: 'NotFound', message: `No route ${url.pathname}` } }];
    }
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

type Route = {
  operation: Operation;
  conversationId?: string;
  activityId?: string;
  teamId?: string;
  memberId?: string;
};

function routeOf(method: string, path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'v3') return { operation: 'unknown' };
  if (parts[1] === 'teams' && parts[2]) {
    if (parts[3] === 'conversations' && method === 'GET')
      return { operation: 'getTeamChannels', teamId: parts[2] };
    if (parts.length === 3 && method === 'GET') return { operation: 'getTeamDetails', teamId: parts[2] };
  }
  if (parts[1] === 'conversations') {
    if (parts.length === 2 && method === 'POST') return { operation: 'createConversation' };
    const conversationId = parts[2];
    if (parts[3] === 'activities') {
      const activityId = parts[4];
      if (!activityId && method === 'POST') return { operation: 'sendToConversation', conversationId };
      if (activityId && method === 'POST')
        return { operation: 'replyToActivity', conversationId, activityId };
      if (activityId && method === 'PUT') return { operation: 'updateActivity', conversationId, activityId };
      if (activityId && method === 'DELETE')
        return { operation: 'deleteActivity', conversationId, activityId };
    }
    if (parts[3] === 'pagedmembers' && method === 'GET')
      return { operation: 'getPagedMembers', conversationId };
    if (parts[3] === 'members' && parts[4] && method === 'GET') {
      return { operation: 'getMember', conversationId, memberId: parts[4] };
    }
  }
  return { operation: 'unknown' };
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
