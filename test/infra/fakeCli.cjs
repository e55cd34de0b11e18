'use strict';
// Stands in for az, npm, curl and zip while test/infra/deploy.test.ts runs infra/deploy.sh: it
// records every call and answers as the real tool does, with no Azure, network or build. The first
// argument names the tool (the harness puts one small wrapper per tool on PATH).
//
// FAKE_STATE       folder for calls.jsonl, deployed.zip and counters
// FAKE_LOGGED_IN   "false": `az account show` fails as it does before `az login`
// FAKE_GROUP       "true" or "false": what `az group exists` answers
// FAKE_OUTPUTS     JSON of the deployment outputs (`properties.outputs`)
// FAKE_UNHEALTHY   how many health checks fail before /healthz answers 200
const fs = require('node:fs');
const path = require('node:path');

const [tool, ...args] = process.argv.slice(2);
const state = process.env.FAKE_STATE;
const recorded = ['BOT_DOMAIN', 'MicrosoftAppId', 'TAB_CLIENT_ID', 'TEAMS_APP_ID', 'APP_VERSION', 'NODE_ENV'];
fs.appendFileSync(
  path.join(state, 'calls.jsonl'),
  `${JSON.stringify({
    tool,
    args,
    cwd: process.cwd(),
    env: Object.fromEntries(
      recorded.filter((name) => name in process.env).map((name) => [name, process.env[name]]),
    ),
  })}\n`,
);

function option(name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function refuse(message, code = 2) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function az() {
  const firstOption = args.findIndex((arg) => arg.startsWith('-'));
  const command = (firstOption < 0 ? args : args.slice(0, firstOption)).join(' ');
  if (command === 'account show') {
    if (process.env.FAKE_LOGGED_IN === 'false') refuse("Please run 'az login' to setup account.", 1);
    process.stdout.write(option('--output') === 'tsv' ? 'Region Test\n' : '{"name": "Region Test"}\n');
  } else if (command === 'group exists') {
    process.stdout.write(`${process.env.FAKE_GROUP}\n`);
  } else if (command === 'group create') {
    if (!option('--name') || !option('--location'))
      refuse('the following arguments are required: --name, --location');
  } else if (command === 'deployment group what-if') {
    process.stdout.write('Resource and property changes are indicated with these symbols:\n  + Create\n');
  } else if (command === 'deployment group create') {
    process.stdout.write(`${process.env.FAKE_OUTPUTS}\n`);
  } else if (command === 'webapp deploy') {
    fs.copyFileSync(option('--src-path'), path.join(state, 'deployed.zip'));
  } else {
    refuse(`fake az: no answer for: az ${args.join(' ')}`);
  }
}

function npm() {
  const command = args.filter((arg) => !arg.startsWith('-')).join(' ');
  const cwd = process.cwd();
  if (command === 'ci') {
    if (!fs.existsSync(path.join(cwd, 'package-lock.json'))) {
      refuse('npm ci can only install packages when your package.json and package-lock.json are in sync', 1);
    }
    if (args.includes('--omit=dev')) write(path.join(cwd, 'node_modules', 'restify', 'package.json'), '{}');
  } else if (command === 'run build') {
    write(path.join(cwd, 'dist', 'bot', 'main.js'), '// the service\n');
  } else if (command === 'run build:tab') {
    write(path.join(cwd, 'dist', 'tab', 'index.html'), '<!doctype html>\n');
  } else if (command === 'run package') {
    const file = path.join(cwd, 'manifest', 'build', 'lardomar.zip');
    write(file, 'PK');
    process.stdout.write(
      `Teams app package 0.1.0 for bot ${process.env.MicrosoftAppId}:\nmanifest/build/lardomar.zip\n`,
    );
  } else {
    refuse(`fake npm: no answer for: npm ${args.join(' ')}`);
  }
}

function curl() {
  const counter = path.join(state, 'health-checks');
  const count = (fs.existsSync(counter) ? Number(fs.readFileSync(counter, 'utf8')) : 0) + 1;
  fs.writeFileSync(counter, String(count));
  if (count <= Number(process.env.FAKE_UNHEALTHY ?? 0)) {
    refuse('curl: (22) The requested URL returned error: 503', 22);
  }
  const out = option('--output');
  if (out && out !== '/dev/null') fs.writeFileSync(out, '{"status":"ok"}');
}

// zip -q -r OUT FOLDER..., written with JSZip since zip is missing from some CI machines.
async function zip() {
  const [out, ...inputs] = args.filter((arg) => !arg.startsWith('-'));
  if (!out || inputs.length === 0 || !args.includes('-r')) refuse('fake zip: expects zip -q -r OUT FOLDER');
  const JSZip = require('jszip');
  const archive = new JSZip();
  const add = (file, name) => {
    if (fs.statSync(file).isDirectory()) {
      for (const entry of fs.readdirSync(file)) add(path.join(file, entry), path.posix.join(name, entry));
    } else {
      archive.file(name, fs.readFileSync(file));
    }
  };
  for (const input of inputs) add(path.resolve(input), input === '.' ? '' : input);
  fs.writeFileSync(path.resolve(out), await archive.generateAsync({ type: 'nodebuffer' }));
}

const tools = { az, npm, curl, zip };
if (!tools[tool]) refuse(`fake tool ${tool} is unknown`);
Promise.resolve(tools[tool]()).catch((error) => refuse(String(error), 1));
