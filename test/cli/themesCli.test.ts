import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describeInputError, parseThemeInput, ThemeInputError } from '../../bot/cli/themeInput';
import type { ThemeResult } from '../../bot/themes/types';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bot', 'cli', 'themes.ts');
const evalCli = join(root, 'bot', 'cli', 'evalThemes.ts');

type Run = { code: number | null; stdout: string; stderr: string };

/** The CLI as a user runs it, in Swedish unless `env` says otherwise. */
function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string; script?: string } = {},
): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', options.script ?? cli, ...args], {
    cwd: root,
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'sv_SE.UTF-8', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const answers = [
  ['a1', 'RLG Syd', '1. Besluten fattas för långt från verksamheten\n2. Beslutsvägarna är otydliga'],
  ['a2', 'RLG Nord', 'Otydliga beslutsvägar gör att besluten dröjer'],
  ['a3', 'RLG Syd', 'Vi behöver tydligare beslutsvägar och snabbare beslut'],
  ['a4', 'RLG Nord', 'Kommunikationen med medarbetarna brister'],
  ['a5', 'RLG Syd', 'Vi måste kommunicera tydligare med medarbetarna'],
  ['a6', 'RLG Nord', 'Medarbetarna får information för sent, kommunikationen brister'],
  ['a7', 'RLG Syd', 'Budgeten följs upp för sällan'],
  ['a8', 'RLG Nord', 'Uppföljningen av budget och ekonomi behöver bli tätare'],
  ['a9', 'RLG Syd', 'Ekonomisk uppföljning av budgeten varje månad'],
].map(([id, group, text]) => JSON.stringify({ id, text, group, question: 1, label: 'ignored' }));

const jsonl = (lines: string[]) => `${lines.join('\n')}\n`;

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'themes-cli-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function answersFile(lines: string[], name = 'answers.jsonl'): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, jsonl(lines));
  return path;
}

describe('npm run themes', () => {
  it('prints themes and an assignment for every answer as JSON on stdout', async () => {
    const input = await answersFile(answers);

    const run = await runCli(['--in', input, '--k', '3']);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ThemeResult;
    expect(Object.keys(result)).toEqual(['themes', 'assignments']);
    expect(result.themes.length).toBeGreaterThan(0);
    for (const theme of result.themes) {
      expect(theme).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          label: expect.any(String),
          terms: expect.any(Array),
          size: theme.members.length,
          groups: expect.any(Object),
          members: expect.any(Array),
          quotes: expect.any(Array),
        }),
      );
      for (const quote of theme.quotes)
        expect(quote).toEqual({ id: expect.any(String), text: expect.any(String) });
    }
    expect(Object.keys(result.assignments).sort()).toEqual([
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
      'a6',
      'a7',
      'a8',
      'a9',
    ]);
    const themeIds = result.themes.map((theme) => theme.id);
    for (const assigned of Object.values(result.assignments)) {
      if (assigned !== null) expect(themeIds).toContain(assigned);
    }
  });

  it('writes the same JSON to --out, reading the answers from stdin with --in -', async () => {
    const out = join(folder, 'themes.json');

    const [toFile, toStdout] = await Promise.all([
      runCli(['--in', '-', '--out', out, '--k', '3', '--seed', 'Tydliga beslutsvägar'], {
        stdin: jsonl(answers),
      }),
      runCli(['--in', await answersFile(answers), '--k', '3', '--seed', 'Tydliga beslutsvägar']),
    ]);

    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toBe(toStdout.stdout);
    expect((JSON.parse(toStdout.stdout) as ThemeResult).themes.some((theme) => theme.seed)).toBe(true);
    expect(await readdir(folder)).toEqual(['answers.jsonl', 'themes.json']);
  });

  it('names the malformed line in Swedish, exits 2 and writes nothing', async () => {
    const broken = [answers[0] as string, answers[1] as string, '{"id": "a3", "group": "RLG Syd"}'];
    const input = await answersFile(broken);
    const existing = join(folder, 'existing.json');
    await writeFile(existing, '{"old": true}\n');
    const fresh = join(folder, 'fresh.json');

    const [overExisting, toFresh] = await Promise.all([
      runCli(['--in', input, '--out', existing]),
      runCli(['--in', input, '--out', fresh]),
    ]);

    for (const run of [overExisting, toFresh]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('Rad 3: fältet ”text” saknas eller är inte en text.\n');
    }
    expect(await readFile(existing, 'utf8')).toBe('{"old": true}\n');
    expect((await readdir(folder)).sort()).toEqual(['answers.jsonl', 'existing.json']);
  });

  it('refuses a duplicated id, a bad --k and a missing file', async () => {
    const duplicated = await answersFile([answers[0] as string, answers[1] as string, answers[0] as string]);
    const valid = await answersFile(answers, 'valid.jsonl');

    const [duplicate, badK, missing] = await Promise.all([
      runCli(['--in', duplicated]),
      runCli(['--in', valid, '--k', 'tre']),
      runCli(['--in', join(folder, 'saknas.jsonl')]),
    ]);

    expect(duplicate).toEqual({ code: 2, stdout: '', stderr: 'Rad 3: id ”a1” finns redan på rad 1.\n' });
    expect(badK.code).toBe(2);
    expect(badK.stdout).toBe('');
    expect(badK.stderr).toMatch(
      /^--k ska vara ett heltal från 1 till 100, inte ”tre”\.\nAnvändning: npm run themes/,
    );
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `Filen ”${join(folder, 'saknas.jsonl')}” finns inte.\n`,
    });
  });

  it('speaks English when LANG asks for it', async () => {
    const input = await answersFile([answers[0] as string, 'not json']);

    const run = await runCli(['--in', input], { env: { LANG: 'en_US.UTF-8' } });

    expect(run).toEqual({ code: 2, stdout: '', stderr: 'Line 2: the line is not valid JSON.\n' });
  });
});

describe('npm run eval:themes', () => {
  it('compares the themes with the labels, and wants a label on every line', async () => {
    const topics = ['beslut', 'beslut', 'beslut', 'kommunikation', 'kommunikation', 'kommunikation'];
    const labelled = answers
      .slice(0, 6)
      .map((line, i) => JSON.stringify({ ...JSON.parse(line), label: topics[i] }));
    const unlabelled = [labelled[0] as string, JSON.stringify({ id: 'x', text: 'Utan etikett' })];

    const [evaluation, missing] = await Promise.all([
      runCli([await answersFile(labelled, 'labelled.jsonl'), '--k', '2'], { script: evalCli }),
      runCli([await answersFile(unlabelled, 'unlabelled.jsonl')], { script: evalCli }),
    ]);

    expect(evaluation.code).toBe(0);
    expect(evaluation.stdout).toMatch(
      /^labelled\.jsonl: ARI -?\d\.\d{3} ± \d\.\d{3}, NMI \d\.\d{3} ± \d\.\d{3}, purity \d\.\d{3} ± \d\.\d{3}, stability -?\d\.\d{3} ± \d\.\d{3}, labels kept \d+ ± \d+ % \(10 runs of 6 of 6 answers, 2 labels, \d+\.\d ± \d+\.\d themes, \d+ ± \d+ % Övrigt\)\n$/,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'Rad 2: fältet ”label” saknas; utvärderingen behöver en etikett på varje svar.\n',
    );
  });
});

describe('npm run eval:themes, told wrong numbers', () => {
  it('refuses a bad --runs or --drop in Swedish before reading any file, and evaluates nothing', async () => {
    const [runs, drop] = await Promise.all([
      runCli(['--runs', '0'], { script: evalCli }),
      runCli(['--drop', 'fem'], { script: evalCli }),
    ]);
    expect(runs).toMatchObject({ code: 2, stdout: '' });
    expect(runs.stderr).toMatch(/^--runs ska vara ett heltal från 1 till 100, inte ”0”\.\n/);
    expect(drop).toMatchObject({ code: 2, stdout: '' });
    expect(drop.stderr).toMatch(/^--drop ska vara ett heltal från 1 till 50, inte ”fem”\.\n/);
  });
});

describe('parseThemeInput', () => {
  const problem = (text: string, options?: { requireLabels?: boolean }) => {
    try {
      parseThemeInput(text, options);
    } catch (error) {
      if (error instanceof ThemeInputError) return describeInputError(error, 'sv');
      throw error;
    }
    return undefined;
  };

  it('skips blank lines, ignores unknown keys and reads Windows files', () => {
    const text =
      '\uFEFF{"id":"1","text":"Ett","extra":[1]}\r\n\r\n  \n{"id":"2","text":"","group":null,"question":50}\r\n';

    expect(parseThemeInput(text)).toEqual({
      inputs: [
        { id: '1', text: 'Ett' },
        { id: '2', text: '', question: 50 },
      ],
      labels: [undefined, undefined],
    });
  });

  it('keeps group, question and label', () => {
    const parsed = parseThemeInput('{"id":"1","text":"Ett","group":"RLG","question":2,"label":"beslut"}');

    expect(parsed.inputs).toEqual([{ id: '1', text: 'Ett', group: 'RLG', question: 2 }]);
    expect(parsed.labels).toEqual(['beslut']);
  });

  it.each([
    ['[1, 2]', 'Rad 1: raden ska vara ett JSON-objekt med fälten ”id” och ”text”.'],
    ['{"id": 7, "text": "Ett"}', 'Rad 1: fältet ”id” saknas eller är inte en text.'],
    ['{"id": "", "text": "Ett"}', 'Rad 1: fältet ”id” är tomt.'],
    [`{"id": "${'x'.repeat(201)}", "text": "Ett"}`, 'Rad 1: fältet ”id” är för långt (högst 200 tecken).'],
    [
      `{"id": "1", "text": "${'x'.repeat(20_001)}"}`,
      'Rad 1: fältet ”text” är för långt (högst 20\u00a0000 tecken).',
    ],
    ['{"id": "1", "text": "Ett", "group": 3}', 'Rad 1: fältet ”group” är inte en text.'],
    [
      '{"id": "1", "text": "Ett", "question": 51}',
      'Rad 1: fältet ”question” ska vara ett heltal från 1 till 50.',
    ],
    [
      '{"id": "1", "text": "Ett", "question": 1.5}',
      'Rad 1: fältet ”question” ska vara ett heltal från 1 till 50.',
    ],
    ['{"id": "1", "text": "Ett"', 'Rad 1: raden är inte giltig JSON.'],
  ])('explains %s', (line, message) => {
    expect(problem(line)).toBe(message);
  });

  it('limits the number of lines and asks the evaluation for labels', () => {
    expect(problem('\n'.repeat(200_001))).toBe('Filen har fler än 200\u00a0000 rader. Dela upp den.');
    expect(problem('\n'.repeat(200_000))).toBeUndefined();
    expect(problem('{"id":"1","text":"Ett","label":"  "}', { requireLabels: true })).toBe(
      'Rad 1: fältet ”label” saknas; utvärderingen behöver en etikett på varje svar.',
    );
    expect(problem('', { requireLabels: true })).toBe('Filen innehåller inga svar.');
  });

  it('reads back any answers written as JSON Lines, and nothing else', () => {
    const answer = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 200 }),
        text: fc.string({ maxLength: 300 }),
        group: fc.string({ maxLength: 200 }),
        question: fc.integer({ min: 1, max: 50 }),
      },
      { requiredKeys: ['id', 'text'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(answer, { selector: (a) => a.id, maxLength: 20 }), (inputs) => {
        expect(parseThemeInput(jsonl(inputs.map((input) => JSON.stringify(input)))).inputs).toEqual(inputs);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseThemeInput(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ThemeInputError);
        }
      }),
    );
  });
});
