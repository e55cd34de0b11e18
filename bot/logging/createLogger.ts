import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Secrets and answer text stay out: the paths below are redacted wherever
 * they appear, and activities are logged by shape only (see messagesEndpoint).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lardomar' },
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          '*.password',
          '*.MicrosoftAppPassword',
          '*.connectionString',
          '*.text',
        ],
        censor: '[redacted]',
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
