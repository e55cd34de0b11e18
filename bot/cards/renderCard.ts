import { Template } from 'adaptivecards-templating';

/** An Adaptive Card as plain JSON, ready to be wrapped as an attachment by the Teams adapter. */
export type AdaptiveCard = { type: 'AdaptiveCard'; version: string } & Record<string, unknown>;

/**
 * Expands a card template with data. Values are inserted as data, never evaluated again, so text a
 * user wrote ("${...}") shows as written.
 */
export function renderCard(template: object, data: object): AdaptiveCard {
  return new Template(template).expand({ $root: data }) as AdaptiveCard;
}
