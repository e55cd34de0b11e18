/**
 * How long the theme engine takes, and how much memory it needs, on a large round. Synthetic Swedish
 * answers (seeded, so every run sees the same text) drawn from ten themes of management-group
 * phrases: numbered multi-point answers, filler words, a share in English and a few empty-ish ones.
 *
 *   npm run bench:themes [-- --seed 7]
 *   npm run bench:themes -- --size 25000        (one size only)
 *
 * Each size runs in a fresh child process, so its peak RSS is its own and not the high-water mark
 * of a bigger size before it. One line per size on stdout, the 100,000 one last:
 *   10000 answers: 1.23 s, peak RSS 312 MiB
 * The time is findThemes alone; generating the answers happens in the child too, before the clock.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { swedishLexicon } from '../../bot/jobs/swedishLexicon';
import { findThemes } from '../../bot/themes/findThemes';
import { type Random, seededRandom } from '../../bot/themes/random';
import type { ThemeInput } from '../../bot/themes/types';

const sizes = [10_000, 100_000];

/** Per theme: Swedish points as people write them, and a few in English. */
const vocabularies: { sv: string[]; en: string[] }[] = [
  {
    sv: [
      'tydligare beslutsvägar i ledningsgruppen',
      'besluten fattas för långt från verksamheten',
      'otydligt mandat för enhetscheferna',
      'beslut dröjer för att ingen vet vem som äger frågan',
      'vi behöver veta vem som beslutar vad',
    ],
    en: ['clearer decision paths', 'decisions take too long to make'],
  },
  {
    sv: [
      'kommunikationen med medarbetarna brister',
      'information når medarbetarna för sent',
      'vi måste kommunicera tydligare varför vi förändrar',
      'intranätet används inte för viktig information',
      'fler arbetsplatsträffar med dialog',
    ],
    en: ['communication with staff is poor', 'information reaches employees too late'],
  },
  {
    sv: [
      'budgeten följs upp för sällan',
      'ekonomisk uppföljning varje månad',
      'prognoserna för ekonomin stämmer dåligt',
      'vi saknar kontroll över kostnaderna för inhyrd personal',
      'budgetprocessen startar för sent på hösten',
    ],
    en: ['budget follow-up is too rare', 'cost control needs to improve'],
  },
  {
    sv: [
      'svårt att rekrytera sjuksköterskor och specialister',
      'kompetensförsörjningen är vår största risk',
      'vi tappar erfarna medarbetare till privata arbetsgivare',
      'introduktionen av nyanställda behöver bli bättre',
      'fler vägar till karriär inom organisationen',
    ],
    en: ['hard to recruit specialists', 'we lose experienced staff'],
  },
  {
    sv: [
      'it-systemen pratar inte med varandra',
      'digitaliseringen går för långsamt',
      'för många inloggningar och dubbelregistrering',
      'journalsystemet tar tid från patienterna',
      'vi behöver bättre digitala verktyg för möten',
    ],
    en: ['the IT systems do not talk to each other', 'too much double registration'],
  },
  {
    sv: [
      'hög arbetsbelastning och stress bland chefer',
      'sjukfrånvaron ökar i flera enheter',
      'chefer har för många medarbetare',
      'arbetsmiljön måste prioriteras',
      'återhämtning mellan passen saknas',
    ],
    en: ['high workload and stress', 'sick leave is increasing'],
  },
  {
    sv: [
      'samverkan mellan förvaltningarna fungerar dåligt',
      'vi arbetar i stuprör',
      'bättre samarbete med kommunerna',
      'gemensamma mål över förvaltningsgränserna',
      'vi vet för lite om vad andra enheter gör',
    ],
    en: ['we work in silos', 'better cooperation between departments'],
  },
  {
    sv: [
      'målen är för många och för otydliga',
      'uppföljningen av målen sker för sällan',
      'nyckeltalen säger inget om kvaliteten',
      'vi mäter det som är lätt att mäta',
      'färre och tydligare mål för verksamheten',
    ],
    en: ['too many goals', 'the indicators say little about quality'],
  },
  {
    sv: [
      'krisberedskapen övades för sällan',
      'rutinerna vid störningar var okända',
      'reservkraften testades inte',
      'krisledningen behöver övas varje år',
      'kontinuitetsplanerna är inaktuella',
    ],
    en: ['crisis preparedness was rarely practised', 'continuity plans are out of date'],
  },
  {
    sv: [
      'medarbetarna vill vara mer delaktiga i förändringen',
      'chefer behöver stöd i sitt ledarskap',
      'ledarutveckling för nya chefer',
      'tillit i stället för detaljstyrning',
      'delaktighet skapar engagemang',
    ],
    en: ['staff want to take part in change', 'trust rather than micromanagement'],
  },
];

// Openers that read well before a clause and a noun phrase alike, as the points are both.
const openers = ['', '', 'Vår lärdom:', 'Viktigast för oss:', 'Under året:', 'Från vår grupp:'];
const fillers = ['egentligen', 'typ', 'liksom', 'i stort sett', 'tyvärr', 'faktiskt', 'ofta', 'helt enkelt'];
const empty = ['Inget att tillägga.', 'Vet ej', '-', 'Se tidigare svar.', 'Nej'];

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Rounds talk about some themes far more than others; equal sizes would flatter the engine. */
function skewedTheme(random: Random): number {
  return Math.min(vocabularies.length - 1, Math.floor(vocabularies.length * random() ** 1.6));
}

function point(theme: number, english: boolean, random: Random): string {
  const vocabulary = vocabularies[theme] as { sv: string[]; en: string[] };
  if (english) return pick(vocabulary.en, random);
  const words = pick(vocabulary.sv, random).split(' ');
  if (random() < 0.4) words.splice(Math.floor(random() * words.length), 0, pick(fillers, random));
  const opener = pick(openers, random);
  return opener ? `${opener} ${words.join(' ')}` : words.join(' ');
}

export function syntheticAnswers(count: number, seed: number): ThemeInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = { id: `a${i + 1}`, group: `RLG ${1 + Math.floor(random() * 40)}`, question: 1 + (i % 5) };
    if (random() < 0.03) return { ...base, text: pick(empty, random) };
    const english = random() < 0.05;
    const main = skewedTheme(random);
    const points = 1 + Math.floor(random() ** 2 * 4);
    const texts = Array.from({ length: points }, () =>
      point(random() < 0.7 ? main : Math.floor(random() * vocabularies.length), english, random),
    );
    const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    if (points === 1) return { ...base, text: sentence(texts[0] as string) };
    const style = random();
    const text =
      style < 0.5
        ? texts.map((t, n) => `${n + 1}. ${sentence(t)}`).join('\n')
        : style < 0.7
          ? texts.map((t, n) => `${n + 1}) ${t}`).join('\n')
          : style < 0.85
            ? texts.map((t) => `- ${t}`).join('\n')
            : texts.map(sentence).join(' ');
    return { ...base, text };
  });
}

/** In the child: generate, then time the engine alone. */
function measure(size: number, seed: number): string {
  const inputs = syntheticAnswers(size, seed);
  const started = performance.now();
  const result = findThemes(inputs, { lexicon: swedishLexicon() });
  const seconds = (performance.now() - started) / 1000;
  // maxRSS is in kibibytes.
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`themes: ${size} answers gave ${result.themes.length} themes\n`);
  return `${size} answers: ${seconds.toFixed(2)} s, peak RSS ${Math.round(peakMiB)} MiB`;
}

function inFreshProcess(size: number, seed: number): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', __filename, '--size', String(size), '--seed', String(seed)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve(stdout.trim());
      else reject(new Error(`the ${size} run ended with ${signal ?? `exit code ${code}`}`));
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string' }, seed: { type: 'string', default: '7' } },
  });
  const seed = Number(values.seed);
  if (values.size !== undefined) {
    const size = Number(values.size);
    if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a positive whole number');
    process.stdout.write(`${measure(size, seed)}\n`);
    return;
  }
  for (const size of sizes) process.stdout.write(`${await inFreshProcess(size, seed)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`themes: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
