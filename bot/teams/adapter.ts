import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotCredentials } from '../config/config';
import type { ConnectorClientOptions } from './singleAttemptTransport';

/**
 * The Bot Framework adapter for the configured credentials. With no app id (local mode) the
 * adapter accepts requests without a token and sends without one, which is what the Agents
 * Playground and the local connector in the tests speak. `connectorClientOptions` change how it
 * reaches the Bot Connector; the proactive sender's adapter passes `singleAttemptConnectorOptions()`.
 */
export function createAdapter(
  credentials: BotCredentials,
  connectorClientOptions?: ConnectorClientOptions,
): TeamsAdapter {
  const settings =
    credentials.kind === 'anonymous'
      ? {}
      : {
          MicrosoftAppId: credentials.appId,
          MicrosoftAppType: credentials.kind,
          ...('password' in credentials ? { MicrosoftAppPassword: credentials.password } : {}),
          ...(credentials.tenantId ? { MicrosoftAppTenantId: credentials.tenantId } : {}),
        };
  return new TeamsAdapter(
    settings,
    new ConfigurationServiceClientCredentialFactory(settings),
    undefined,
    connectorClientOptions,
  );
}
