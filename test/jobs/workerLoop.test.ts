import { Writable } from 'node:stream';
import { WorkerLoop } from '../../bot/jobs/workerLoop';
import { createLogger } from '../../bot/logging/createLogger';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function quietLogger(lines: string[]) {
  return createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
}

describe('the loop every outbox worker runs', () => {
  it('passes at once, then every interval; a kick during a pass asks for one more right after', async () => {
    const passes: number[] = [];
    let release: () => void = () => undefined;
    const loop = new WorkerLoop({
      name: 'test',
      intervalMs: 60_000,
      logger: quietLogger([]),
      pass: async () => {
        passes.push(Date.now());
        if (passes.length === 1) await new Promise<void>((resolve) => (release = resolve));
      },
    });

    loop.start();
    await sleep(20);
    expect(passes).toHaveLength(1);
    loop.kick();
    loop.kick();
    release();
    await sleep(50);
    expect(passes).toHaveLength(2);
    await loop.stop();
  });

  it('logs a failed pass and goes on', async () => {
    const lines: string[] = [];
    let calls = 0;
    const loop = new WorkerLoop({
      name: 'test',
      intervalMs: 10,
      logger: quietLogger(lines),
      pass: async () => {
        calls += 1;
        if (calls === 1) throw new Error('storage stalled');
      },
    });

    loop.start();
    await sleep(80);
    await loop.stop();

    expect(calls).toBeGreaterThan(2);
    expect(
      lines.filter((line) => line.includes('test pass failed') && line.includes('storage stalled')),
    ).toHaveLength(1);
  });

  it('waits for the pass under way when stopped, says it is stopped, and starts none after', async () => {
    let finished = false;
    let calls = 0;
    const loop = new WorkerLoop({
      name: 'test',
      intervalMs: 5,
      logger: quietLogger([]),
      pass: async () => {
        calls += 1;
        await sleep(30);
        finished = true;
      },
    });

    loop.start();
    await sleep(5);
    await loop.stop();
    const callsAtStop = calls;
    expect(finished).toBe(true);
    expect(loop.stopped).toBe(true);
    loop.kick();
    await sleep(30);
    expect(calls).toBe(callsAtStop);
  });
});
