#!/usr/bin/env bash
# Deploys Lärdomar into one Azure resource group: the Bicep template, then the built service, then
# the Teams app package with the ids the deployment produced. Safe to run again: every step
# converges on the same state.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/deploy.sh --resource-group RG [--location REGION] [--parameters FILE]
                       [--name DEPLOYMENT] [--what-if]

Deploys infra/main.bicep into the resource group (created in REGION when it does not exist),
builds the service and the tab, zip-deploys them to the Web App, waits for /healthz and writes
the Teams app package (manifest/build/lardomar.zip) for the Teams admin center.

  -g, --resource-group RG   resource group to deploy into (required)
  -l, --location REGION     region of a new resource group (default: swedencentral)
  -p, --parameters FILE     parameters file (default: infra/main.parameters.json)
  -n, --name DEPLOYMENT     name of the deployment in the resource group (default: lardomar)
      --what-if             show what the deployment would change, and change nothing
  -h, --help                show this text

Needs the Azure CLI, logged in (az login; az account set --subscription ID), and for a
deployment also Node.js >= 22.12 with npm, zip and curl.
TEAMS_APP_ID and APP_VERSION in the environment go into the Teams app package (.env.example);
DEPLOY_HEALTH_TRIES (default 30) and DEPLOY_HEALTH_INTERVAL (seconds, default 10) bound the wait
for /healthz.
EOF
}

fail() {
  echo "deploy.sh: $1" >&2
  exit "${2:-1}"
}

usage_error() {
  fail "$1 (infra/deploy.sh --help shows the usage)" 2
}

need() {
  command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed or not on PATH: $2" 2
}

step() {
  printf '\n==> %s\n' "$1"
}

resource_group=''
# A region in Sweden keeps the answers (from health-care managers) in the country.
location='swedencentral'
parameters=''
deployment='lardomar'
what_if=false

while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help)
      usage
      exit 0
      ;;
    --what-if)
      what_if=true
      shift
      ;;
    -g | --resource-group | -l | --location | -p | --parameters | -n | --name)
      if [ $# -lt 2 ] || [ -z "$2" ] || [ "${2#-}" != "$2" ]; then usage_error "$1 needs a value"; fi
      case "$1" in
        -g | --resource-group) resource_group="$2" ;;
        -l | --location) location="$2" ;;
        -p | --parameters) parameters="$2" ;;
        -n | --name) deployment="$2" ;;
      esac
      shift 2
      ;;
    *) usage_error "unknown argument '$1'" ;;
  esac
done

[ -n "$resource_group" ] || usage_error "--resource-group is required"
tries="${DEPLOY_HEALTH_TRIES:-30}"
interval="${DEPLOY_HEALTH_INTERVAL:-10}"
case "$tries$interval" in
  *[!0-9]*) usage_error "DEPLOY_HEALTH_TRIES and DEPLOY_HEALTH_INTERVAL must be whole numbers" ;;
esac

# Only shell built-ins up to here, so a missing tool is reported as such and nothing else.
need az "install the Azure CLI, https://learn.microsoft.com/cli/azure/install-azure-cli"

case "${BASH_SOURCE[0]}" in
  */*) infra_dir="${BASH_SOURCE[0]%/*}" ;;
  *) infra_dir=. ;;
esac
root="$(cd "$infra_dir/.." && pwd)"
template="$root/infra/main.bicep"
parameters="${parameters:-$root/infra/main.parameters.json}"
[ -f "$parameters" ] || usage_error "parameters file '$parameters' does not exist"
# Absolute, because the build below runs in the repository root.
case "$parameters" in
  /*) ;;
  *) parameters="$PWD/$parameters" ;;
esac

if [ "$what_if" = false ]; then
  need node "install Node.js 24 (or 22.12 or later), https://nodejs.org"
  need npm "it comes with Node.js, https://nodejs.org"
  need zip "install it with the system's package manager"
  need curl "install it with the system's package manager"
  # The engines range in package.json; the build (TypeScript, Vite) needs it, whatever runs in Azure.
  node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
    process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1)' ||
    fail "Node.js $(node --version) is too old to build Lärdomar: use 24 (or 22.12 or later)" 2
fi

subscription="$(az account show --query name --output tsv 2>/dev/null)" ||
  fail "the Azure CLI is not logged in: run az login (and az account set --subscription ID)" 2
echo "Subscription: $subscription"
echo "Resource group: $resource_group"

group_exists="$(az group exists --name "$resource_group")"

if [ "$what_if" = true ]; then
  if [ "$group_exists" != true ]; then
    echo "The resource group does not exist yet: a deployment would create it in $location, with"
    echo "every resource of infra/main.bicep. what-if compares with an existing group; to see the"
    echo "details, create the empty group first: az group create --name $resource_group --location $location"
    exit 0
  fi
  az deployment group what-if --resource-group "$resource_group" --name "$deployment" \
    --template-file "$template" --parameters "@$parameters"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Built before anything in Azure changes, so a broken build leaves the running app alone.
step "Building the service and the tab"
cd "$root"
# Explicit, because NODE_ENV=production in the caller's shell would make npm leave out the build
# tools and Vite build the tab for development.
npm ci --include=dev
rm -rf dist
npm run build
NODE_ENV=production npm run build:tab

# The zip holds the build and its production dependencies only: no sources, no dev tools and no
# .env (the service would read one found in its working directory). Install scripts are skipped:
# the only ones are restify's optional DTrace probe (a native build) and a clean-up in
# botbuilder-dialogs that fetches rimraf with npx; the service needs neither.
step "Packing the app"
mkdir "$work/app"
cp -R dist package.json package-lock.json "$work/app/"
(cd "$work/app" && npm ci --omit=dev --ignore-scripts --no-bin-links --no-audit --no-fund)
app_zip="$work/lardomar-app.zip"
(cd "$work/app" && zip -q -r "$app_zip" .)

if [ "$group_exists" != true ]; then
  step "Creating resource group $resource_group in $location"
  az group create --name "$resource_group" --location "$location" --output none
fi

step "Deploying infra/main.bicep (deployment $deployment)"
az deployment group create --resource-group "$resource_group" --name "$deployment" \
  --template-file "$template" --parameters "@$parameters" \
  --query properties.outputs --output json >"$work/outputs.json"

# Read with node, which the build needs anyway; jq is not on every admin's machine.
node -e 'const [file, ...names] = process.argv.slice(1);
  const outputs = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
  for (const name of names) {
    if (!outputs[name]) { console.error("deploy.sh: the deployment has no output " + name); process.exit(1); }
    console.log(String(outputs[name].value));
  }' "$work/outputs.json" webAppName webAppHostName botAppId tabClientId >"$work/ids"
{
  read -r web_app
  read -r host
  read -r bot_app_id
  read -r tab_client_id
} <"$work/ids"

step "Deploying the app to $web_app"
az webapp deploy --resource-group "$resource_group" --name "$web_app" \
  --src-path "$app_zip" --type zip --output none

# The first start can wait minutes for the new storage role assignment to propagate; App Service
# restarts the process until storage answers.
step "Waiting for https://$host/healthz"
healthy=false
for ((try = 1; try <= tries; try++)); do
  if curl --silent --fail --max-time 10 --output /dev/null "https://$host/healthz"; then
    healthy=true
    break
  fi
  [ "$try" -eq "$tries" ] || sleep "$interval"
done
[ "$healthy" = true ] || fail "https://$host/healthz did not answer 200 after $tries tries. \
The storage role may still be propagating: run this script again in a few minutes, or read the \
log with: az webapp log tail --resource-group $resource_group --name $web_app"
echo "healthy"

step "Writing the Teams app package"
BOT_DOMAIN="$host" MicrosoftAppId="$bot_app_id" TAB_CLIENT_ID="$tab_client_id" npm run package --silent
app_package="$root/manifest/build/lardomar.zip"

cat <<EOF

Deployed: https://$host (Web App $web_app, bot app id $bot_app_id).

Teams app package: $app_package

In the Teams admin center (https://admin.teams.microsoft.com):
  1. Teams apps > Manage apps > Upload new app: choose the file above. For a later version, open
     Lärdomar in Manage apps and upload the new file there (raise APP_VERSION for every upload).
  2. Teams apps > Permission policies: allow Lärdomar for the people who use it; to pin it for
     coordinators and leadership, add it in Teams apps > Setup policies as well.
  3. Install it into the team of each management group (that is when the bot learns the team's
     channels), and in 1:1 chat for the coordinators.
EOF

if [ -z "$tab_client_id" ]; then
  cat <<'EOF'

The tab's sign-in is not set up yet: its API answers 503 until it is. Tab single sign-on needs
its own Entra app registration (a managed identity cannot expose an API): create it as
infra/README.md, "After the deployment", point 4 describes, put its client id and Application ID
URI into tabClientId and tabAppIdUri in the parameters file, and run this script again.
EOF
else
  cat <<EOF

The tab signs in with app registration $tab_client_id: it needs the Application ID URI
api://$host/$tab_client_id, the scope access_as_user and the Teams clients pre-authorised
(infra/README.md, "After the deployment", point 4).
EOF
fi
