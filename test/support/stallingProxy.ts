import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay in front of a server that can stall: while stalled, nothing passes either way and
 * nothing is answered, as when a storage account stops responding. What a client gave up on
 * (closed its connection) is dropped, never delivered late.
 */
export class StallingProxy {
  private stalled = false;
  private readonly held: (() => void)[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<StallingProxy> {
    let proxy: StallingProxy | undefined;
    const server = createServer((client) => proxy?.relay(client, targetPort));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    proxy = new StallingProxy(server, typeof address === 'object' && address ? address.port : 0);
    return proxy;
  }

  stall(): void {
    this.stalled = true;
  }

  resume(): void {
    this.stalled = false;
    for (const pass of this.held.splice(0)) pass();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket, targetPort: number): void {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    const pass = (to: Socket) => (chunk: Buffer) => {
      const send = () => {
        if (!to.destroyed) to.write(chunk);
      };
      if (this.stalled) this.held.push(send);
      else send();
    };
    client.on('data', pass(upstream));
    upstream.on('data', pass(client));
  }
}
