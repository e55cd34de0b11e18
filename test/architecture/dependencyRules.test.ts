import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');

type Violation = { from: string; to: string; rule: string };

/**
 * The layer rules of .dependency-cruiser.cjs, run by dependency-cruiser itself over a small tree
 * laid out like bot/ with violations planted in it: each must be caught, by its rule, and the
 * imports that keep to the layers must pass.
 */
function violationsIn(files: Record<string, string>): Violation[] {
  const dir = mkdtempSync(join(tmpdir(), 'lardomar-deps-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
    let output: string;
    try {
      output = execFileSync(
        join(root, 'node_modules', '.bin', 'depcruise'),
        [...roots(files), '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'],
        { cwd: dir, encoding: 'utf8' },
      );
    } catch (error) {
      // depcruise exits non-zero when it finds violations; its report is still on stdout.
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output) as {
      summary: { violations: { from: string; to: string; rule: { name: string } }[] };
    };
    return report.summary.violations.map(({ from, to, rule }) => ({ from, to, rule: rule.name }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The top folders of the planted tree, as check:deps names its own. */
function roots(files: Record<string, string>): string[] {
  return [...new Set(Object.keys(files).map((path) => path.split('/')[0] ?? ''))];
}

const leaf = 'export const value = 1;\n';
const importing = (path: string) => `import { value } from '${path}';\nexport const uses = value;\n`;

describe('the layer rules', () => {
  it('catches each planted violation by its rule', () => {
    const violations = violationsIn({
      'bot/local/sampleRound.ts': leaf,
      'bot/storage/repository.ts': leaf,
      'bot/teams/handler.ts': leaf,
      'bot/jobs/worker.ts': leaf,
      'bot/api/route.ts': leaf,
      'bot/api/fromHarness.ts': importing('../local/sampleRound'),
      'bot/api/fromJobs.ts': importing('../jobs/worker'),
      'bot/api/fromTeams.ts': importing('../teams/handler'),
      'bot/domain/fromStorage.ts': importing('../storage/repository'),
      'bot/storage/fromTeams.ts': importing('../teams/handler'),
      'bot/usecases/fromApi.ts': importing('../api/route'),
      'bot/jobs/fromApi.ts': importing('../api/route'),
      'bot/api/contract.ts': leaf,
      'bot/cli/command.ts': leaf,
      'bot/teams/fromStorage.ts': importing('../storage/repository'),
      'bot/api/fromStorage.ts': importing('../storage/repository'),
      'bot/cli/fromStorage.ts': importing('../storage/repository'),
      'bot/teams/fromApi.ts': importing('../api/route'),
      'bot/cli/fromTeams.ts': importing('../teams/handler'),
      'tab/src/fromServer.ts': importing('../../bot/usecases/launch'),
      'bot/usecases/launch.ts': leaf,
    });

    expect(violations.map(({ from, rule }) => `${from} ${rule}`).sort()).toEqual(
      [
        'bot/api/fromHarness.ts local-harness-only-for-npm-start',
        'bot/api/fromJobs.ts api-knows-no-teams-layer',
        'bot/api/fromTeams.ts api-knows-no-teams-layer',
        'bot/domain/fromStorage.ts domain-is-pure',
        'bot/storage/fromTeams.ts storage-knows-no-adapter',
        'bot/usecases/fromApi.ts use-cases-know-no-adapter',
        'bot/jobs/fromApi.ts jobs-know-no-teams-sdk-layer',
        'bot/teams/fromStorage.ts adapters-import-no-storage',
        'bot/api/fromStorage.ts adapters-import-no-storage',
        'bot/cli/fromStorage.ts adapters-import-no-storage',
        'bot/teams/fromApi.ts adapters-know-each-other-not',
        'bot/cli/fromTeams.ts adapters-know-each-other-not',
        'tab/src/fromServer.ts tab-knows-only-the-contract',
      ].sort(),
    );
  });

  it('lets imports that keep to the layers pass', () => {
    expect(
      violationsIn({
        'bot/domain/round.ts': leaf,
        'bot/storage/repository.ts': importing('../domain/round'),
        'bot/usecases/launch.ts': importing('../storage/repository'),
        'bot/api/route.ts': importing('../usecases/launch'),
        'bot/teams/handler.ts': importing('../usecases/launch'),
        'bot/local/startLocal.ts': importing('../usecases/launch'),
        'bot/api/contract.ts': leaf,
        'bot/teams/card.ts': importing('./handler'),
        'tab/src/api.ts': importing('../../bot/api/contract'),
      }),
    ).toEqual([]);
  });
});
