import type * as AdaptiveCardsModule from 'adaptivecards';

// The package's main entry is ES modules, which Jest's CommonJS runtime cannot load; the UMD
// bundle beside it is the same library.
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsModule;

/**
 * Checks a card against Adaptive Cards 1.5, the highest version Teams renders, offline.
 *
 * No npm package ships the 1.5 JSON schema (adaptivecards-designer carries only a 1.0-era one), so
 * the check uses the reference renderer's own parser, which knows every element and property up
 * to 1.5 and the version each one came in. The parser is lenient (it skips what it does not
 * know), so besides its warnings the card is serialised back and compared with the input:
 * whatever the parser dropped or changed is a property Teams would ignore too.
 */
export function cardSchemaProblems(card: object): string[] {
  const problems: string[] = [];
  const version = (card as { version?: unknown }).version;
  const minor = typeof version === 'string' ? /^1\.([0-5])$/.exec(version)?.[1] : undefined;
  if (minor === undefined) {
    problems.push(`version must be 1.0–1.5 for Teams, not ${JSON.stringify(version)}`);
  }
  // Read against the card's own version, so that a property newer than the card is reported.
  const target =
    minor === undefined ? AdaptiveCards.Versions.v1_5 : new AdaptiveCards.Version(1, Number(minor));

  const parsed = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext(target);
  parsed.parse(card, context);
  for (let index = 0; index < context.eventCount; index++) {
    problems.push(context.getEventAt(index).message);
  }
  const validation = parsed.validateProperties();
  for (const event of validation.validationEvents) problems.push(event.message);

  const roundTrip = parsed.toJSON(new AdaptiveCards.SerializationContext(target));
  problems.push(...differences(card, roundTrip, ''));
  problems.push(...missingToggleTargets(card));
  return problems;
}

function differences(written: unknown, understood: unknown, path: string): string[] {
  if (Array.isArray(written)) {
    if (!Array.isArray(understood) || understood.length !== written.length) {
      return [`${path || '/'}: the parser kept ${JSON.stringify(understood)}`];
    }
    return written.flatMap((item, index) => differences(item, understood[index], `${path}/${index}`));
  }
  if (written && typeof written === 'object') {
    if (!understood || typeof understood !== 'object') {
      return [`${path || '/'}: the parser dropped it`];
    }
    const type = (written as { type?: unknown }).type;
    return Object.entries(written).flatMap(([key, value]) => {
      if (key in understood) {
        return differences(value, (understood as Record<string, unknown>)[key], `${path}/${key}`);
      }
      // The parser keeps a fallback apart from the element; check it as an action of its own.
      if (key === 'fallback') return fallbackProblems(value, `${path}/${key}`);
      // The serialiser leaves out a property that has its default value ("spacing": "Default").
      if (typeof type === 'string' && knownProperties(type).has(key)) return [];
      return [`${path}/${key}: unknown property, ignored by the parser`];
    });
  }
  return written === understood
    ? []
    : [`${path}: ${JSON.stringify(written)} was read as ${JSON.stringify(understood)}`];
}

function fallbackProblems(fallback: unknown, path: string): string[] {
  if (fallback === 'drop') return [];
  const wrapper = { type: 'AdaptiveCard', version: '1.5', actions: [fallback] };
  return cardSchemaProblems(wrapper).map((problem) => problem.replace(/^\/actions\/0/, path));
}

function knownProperties(type: string): Set<string> {
  const version = AdaptiveCards.Versions.v1_5;
  const instance =
    type === 'AdaptiveCard'
      ? new AdaptiveCards.AdaptiveCard()
      : type === 'Column'
        ? new AdaptiveCards.Column()
        : (AdaptiveCards.GlobalRegistry.elements.createInstance(type, version) ??
          AdaptiveCards.GlobalRegistry.actions.createInstance(type, version));
  const schema = instance?.getSchema();
  const names = new Set<string>();
  for (let index = 0; schema && index < schema.getCount(); index++) names.add(schema.getItemAt(index).name);
  return names;
}

/** The parser accepts a toggle that points at nothing; Teams shows a button that does nothing. */
function missingToggleTargets(card: object): string[] {
  const ids = new Set<string>();
  const targets: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    if (typeof node.id === 'string') ids.add(node.id);
    if (node.type === 'Action.ToggleVisibility' && Array.isArray(node.targetElements)) {
      for (const target of node.targetElements) {
        const id = typeof target === 'string' ? target : (target as { elementId?: unknown }).elementId;
        targets.push(String(id));
      }
    }
    for (const inner of Object.values(node)) walk(inner);
  };
  walk(card);
  return targets.filter((id) => !ids.has(id)).map((id) => `toggle target "${id}" is not in the card`);
}
