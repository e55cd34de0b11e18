/**
 * The architecture as rules: imports flow adapters → storage → domain, never back, and the SDKs
 * stay in the folder that adapts them, so replacing one touches one folder.
 */
const sdkOwners = [
  {
    sdk: '^(botbuilder|botframework-|@microsoft/teams-ai)',
    owner: '^bot/teams/',
    name: 'bot-sdk-only-in-teams',
  },
  { sdk: '^@azure/(data-tables|identity)', owner: '^bot/storage/', name: 'azure-sdk-only-in-storage' },
  { sdk: '^restify', owner: '^bot/server/', name: 'restify-only-in-server' },
  // Token checks for the tab live in one place; the rest of the service sees an Identity.
  { sdk: '^jose', owner: '^bot/api/', name: 'jose-only-in-api' },
];

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain and the theme engine import no SDK, no Node built-in and no adapter.',
      severity: 'error',
      from: { path: '^bot/(domain|themes)/' },
      to: {
        // Small libraries that compute without I/O are welcome: they are not SDKs.
        pathNot: [
          '^bot/(domain|themes|i18n|locales)/',
          '^node_modules/(personnummer|date-holidays|stopwords-iso|snowball-stemmers)/',
        ],
      },
    },
    {
      name: 'i18n-is-pure',
      severity: 'error',
      from: { path: '^bot/i18n/' },
      to: { pathNot: ['^bot/(domain|i18n|locales)/'] },
    },
    {
      name: 'storage-knows-no-adapter',
      severity: 'error',
      from: { path: '^bot/storage/' },
      to: { path: '^bot/(teams|api|jobs|server|cards|local)/' },
    },
    {
      name: 'use-cases-know-no-adapter',
      comment:
        'Use cases (bot/usecases) work on storage and domain; Teams, HTTP and jobs call them, not the other way.',
      severity: 'error',
      from: { path: '^bot/usecases/' },
      to: { path: '^bot/(teams|api|jobs|server|cards|local)/' },
    },
    {
      name: 'jobs-know-no-teams-sdk-layer',
      comment: 'Jobs reach Teams through a port (promptPort) that bot/teams implements.',
      severity: 'error',
      from: { path: '^bot/jobs/' },
      to: { path: '^bot/(teams|api|server|local)/' },
    },
    {
      name: 'api-knows-no-teams-layer',
      comment:
        'The tab API works on the use cases, storage and domain; it reaches Teams and the jobs only through them, and HTTP through bot/server.',
      severity: 'error',
      from: { path: '^bot/api/' },
      to: { path: '^bot/(teams|server|cards|jobs)/' },
    },
    {
      name: 'adapters-import-no-storage',
      comment:
        'Chat (bot/teams), the tab API (bot/api) and the command line (bot/cli) call use cases, which own the repositories and decide who may; an adapter reading a table would go round them.',
      severity: 'error',
      from: { path: '^bot/(teams|api|cli)/' },
      to: { path: '^bot/storage/' },
    },
    {
      name: 'adapters-know-each-other-not',
      comment: 'Chat and the command line meet the tab API only in the use cases they share.',
      severity: 'error',
      from: { path: '^bot/(teams|cli)/' },
      to: { path: '^bot/(api|teams|cli)/', pathNot: ['^bot/$1/'] },
    },
    {
      name: 'tab-knows-only-the-contract',
      comment: 'The tab runs in the browser: of the server it knows the API contract, nothing else.',
      severity: 'error',
      from: { path: '^tab/' },
      to: { path: '^bot/', pathNot: ['^bot/api/contract\\.ts$'] },
    },
    {
      name: 'local-harness-only-for-npm-start',
      comment:
        'bot/local is npm start and its sample data; production builds leave it out, so nothing else may import it.',
      severity: 'error',
      from: { pathNot: ['^bot/local/', '^test/'] },
      to: { path: '^bot/local/' },
    },
    {
      name: 'cards-know-no-adapter',
      severity: 'error',
      from: { path: '^bot/cards/' },
      to: { path: '^bot/(teams|api|jobs|server|storage|local)/' },
    },
    ...sdkOwners.map(({ sdk, owner, name }) => ({
      name,
      severity: 'error',
      from: { pathNot: [owner, '^bot/local/', '^test/'] },
      to: { path: `^node_modules/${sdk.slice(1)}` },
    })),
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^dist/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
  },
};
