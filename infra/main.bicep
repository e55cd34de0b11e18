// Lärdomar in Azure: the one Node.js process (bot + tab + jobs) on a Linux Web App, its Azure Bot
// registration with the Teams channel, Table Storage, and monitoring. Deploy into an existing
// resource group with infra/deploy.sh, which runs `az deployment group create` (see README.md).
//
// One user-assigned managed identity is both the bot's Microsoft App ID and the app's identity
// towards storage. Nothing in this template creates or stores a secret.

targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

@description('Short prefix for resource names: 3-11 lowercase letters or digits. A hash of the resource group is appended where a name must be unique across Azure.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'lardomar'

@description('Azure region for every resource except the bot registration, which is always global. Defaults to the region of the resource group.')
param location string = resourceGroup().location

@description('App Service plan size. B1 carries a region-wide round comfortably; the Free and Shared tiers are left out because they cannot keep the process always on, and the delivery and reminder jobs run inside it.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Node.js runtime of the Web App. Node 24 is the version the project is built and tested on; 22 (upstream support until April 2027) stays allowed for a deployment that must keep it.')
@allowed([
  '24-lts'
  '22-lts'
])
param nodeRuntime string = '24-lts'

@description('Azure Bot pricing tier. F0 is free and enough for Teams (a standard channel); S1 adds the paid SLA.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Display name of the bot registration (Azure portal and Bot Framework); Teams shows the name from the app manifest.')
@maxLength(42)
param botDisplayName string = 'Lärdomar'

@description('Redundancy of the storage account that holds rounds and answers.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param storageSku string = 'Standard_LRS'

@description('Log level of the service (LOG_LEVEL).')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
])
param logLevel string = 'info'

@description('Language used when a Teams client reports neither Swedish nor English (DEFAULT_LOCALE).')
@allowed([
  'sv'
  'en'
])
param defaultLocale string = 'sv'

@description('People who may create, launch and follow rounds (COORDINATORS): Entra object ids and/or user principal names, comma-separated. With this and coordinatorTeams both empty nobody may, so that a forgotten setting never opens the door.')
param coordinators string = ''

@description('Team ids (19:...@thread.tacv2) whose members are coordinators (COORDINATOR_TEAMS), comma-separated, for example the crisis-management office\'s team.')
param coordinatorTeams string = ''

@description('Entra object ids of leadership (LEADERSHIP), comma-separated: they see every group\'s status and themes in the tab.')
param leadership string = ''

@description('Tenant ids whose people may use the app, in chat and in the tab (ALLOWED_TENANTS), comma-separated. Empty: the tenant of the bot identity only.')
param allowedTenants string = ''

@description('Client id of the tab\'s own Entra app registration (TAB_CLIENT_ID), for Teams single sign-on; a managed identity cannot serve it (see README.md). Empty: the tab\'s API answers 503 until it is set.')
param tabClientId string = ''

@description('Application ID URI of that registration, api://<web app host>/<tab client id> (TAB_APP_ID_URI): the audience of the v1 tokens it issues unless its accessTokenAcceptedVersion is 2. Empty: v2 tokens only.')
param tabAppIdUri string = ''

@description('Prefix of every table name (TABLE_PREFIX): a letter, then letters and digits. A new prefix on a running deployment starts from empty tables.')
@minLength(1)
@maxLength(30)
param tablePrefix string = 'lardomar'

@description('Days the Log Analytics workspace keeps logs and Application Insights telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Tags put on every resource.')
param tags object = {
  application: 'lardomar'
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

var suffix = uniqueString(resourceGroup().id)
var identityName = 'id-${namePrefix}'
// Storage account names allow only lowercase letters and digits, 3-24 characters, unique in Azure.
var storageAccountName = take(toLower(replace('st${namePrefix}${suffix}', '-', '')), 24)
var workspaceName = 'log-${namePrefix}'
var appInsightsName = 'appi-${namePrefix}'
var planName = 'asp-${namePrefix}'
// The Web App name becomes <name>.azurewebsites.net and the bot name is global: both must be unique.
var webAppName = 'app-${namePrefix}-${suffix}'
var botName = 'bot-${namePrefix}-${suffix}'

// Built from the cloud's storage suffix rather than read from primaryEndpoints, whose value ends in
// a slash that would end up inside every table URL the SDK builds.
var storageTableEndpoint = 'https://${storageAccountName}.table.${environment().suffixes.storage}'

// Built-in role "Storage Table Data Contributor": read, write and delete tables and entities.
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

// ---------------------------------------------------------------------------------------------
// Identity
// ---------------------------------------------------------------------------------------------

// User-assigned rather than system-assigned: the bot registration needs the identity's client id
// before the Web App exists, the identity survives a rebuilt Web App (so the Teams app package,
// which carries this id, stays valid), and the same identity can be lent to a second instance or
// slot. With MicrosoftAppType UserAssignedMSI the Bot Framework token is fetched from the platform,
// so there is no client secret to store, rotate or leak.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

// ---------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // The account holds answers from health-care managers; nothing in it is ever meant to be public.
    allowBlobPublicAccess: false
    // The app reaches the tables only through its managed identity (STORAGE_ACCOUNT_URL with
    // DefaultAzureCredential). With shared keys off, an account key or SAS that leaks opens
    // nothing, and every access is tied to an Entra identity and its role assignment.
    allowSharedKeyAccess: false
    // Makes the portal use Entra sign-in for data, which is the only way left once keys are off.
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    accessTier: 'Hot'
  }
}

// The service creates its tables at start (ensureTables), with names from TABLE_PREFIX; declaring
// them here as well would keep a second list of table names that could drift from the code.
resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {}
}

// Scoped to this account only, not the resource group, so the identity can touch no other data.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    // Stating the type lets the assignment go through even before the new identity has
    // replicated across Entra, which otherwise fails the first deployment now and then.
    principalType: 'ServicePrincipal'
  }
}

// ---------------------------------------------------------------------------------------------
// Monitoring
// ---------------------------------------------------------------------------------------------

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

// Workspace-based, so requests, console logs and platform logs are queried in one place and kept
// under the workspace's retention (classic Application Insights is retired).
resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

// ---------------------------------------------------------------------------------------------
// App Service
// ---------------------------------------------------------------------------------------------

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    // Marks the plan as Linux.
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // The process keeps no session state, so any instance may serve any request.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|${nodeRuntime}'
      // Without a command the platform would run `npm start`, which here is the local launcher
      // (tsx + Azurite). Node is started directly, not through npm, so SIGTERM reaches the
      // service and it stops cleanly when App Service recycles the instance.
      appCommandLine: 'node dist/bot/main.js'
      // Prompt delivery and reminders run inside this process; an idle unload would stop them.
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      // Answers 503 when storage is unreachable, so a broken instance is taken out of rotation.
      healthCheckPath: '/healthz'
      // Names exactly as bot/config/config.ts reads them (checked both ways by
      // test/infra/appSettings.test.ts, which also names why the rest are left out).
      // WEBSITE_NODE_DEFAULT_VERSION is not set: it applies to Windows plans only; on Linux the
      // runtime comes from linuxFxVersion.
      appSettings: [
        {
          name: 'MicrosoftAppId'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: identity.properties.tenantId
        }
        {
          // DefaultAzureCredential would otherwise look for a system-assigned identity, which
          // this app does not have.
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'STORAGE_ACCOUNT_URL'
          value: storageTableEndpoint
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        {
          name: 'DEFAULT_LOCALE'
          value: defaultLocale
        }
        {
          name: 'TABLE_PREFIX'
          value: tablePrefix
        }
        {
          name: 'COORDINATORS'
          value: coordinators
        }
        {
          name: 'COORDINATOR_TEAMS'
          value: coordinatorTeams
        }
        {
          name: 'LEADERSHIP'
          value: leadership
        }
        {
          name: 'ALLOWED_TENANTS'
          value: allowedTenants
        }
        {
          name: 'TAB_CLIENT_ID'
          value: tabClientId
        }
        {
          name: 'TAB_APP_ID_URI'
          value: tabAppIdUri
        }
        {
          // The connection string only says where telemetry goes; it grants no read access.
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          // The service has no Application Insights SDK of its own; this turns on App Service's
          // Node.js agent ('~3' is the Linux value), which instruments requests and dependencies.
          name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
          value: '~3'
        }
        {
          // infra/deploy.sh sends the built service (bot and tab) with its production
          // dependencies. A build on the server would run `npm run build` only, which leaves the
          // tab unbuilt, and would need the dev dependencies installed in production.
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
      ]
    }
  }
  // The service opens its tables at start; without the role it would fail and restart until the
  // assignment exists.
  dependsOn: [
    tableDataContributor
  ]
}

// The service logs JSON lines to stdout (pino); this sends them, the HTTP log and platform events
// to the workspace, where they can be queried next to the Application Insights data.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// Azure Bot
// ---------------------------------------------------------------------------------------------

// A managed-identity bot is single-tenant: it works in the tenant of the identity, which is the
// region's own tenant.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------

@description('Host name of the Web App: BOT_DOMAIN for the Teams manifest (valid domain, tab URLs).')
output webAppHostName string = webApp.properties.defaultHostName

@description('Name of the Web App, for `az webapp deploy`.')
output webAppName string = webApp.name

@description('The bot\'s Microsoft App ID (the identity\'s client id): MicrosoftAppId for the Teams manifest.')
output botAppId string = identity.properties.clientId

@description('Tenant of the bot identity (MicrosoftAppTenantId).')
output botTenantId string = identity.properties.tenantId

@description('Name of the Azure Bot resource.')
output botName string = bot.name

@description('Table endpoint of the storage account (STORAGE_ACCOUNT_URL).')
output storageTableEndpoint string = storageTableEndpoint

@description('Client id of the tab\'s app registration (TAB_CLIENT_ID for the Teams manifest); empty when none was given.')
output tabClientId string = tabClientId

@description('Name of the storage account.')
output storageAccountName string = storage.name
