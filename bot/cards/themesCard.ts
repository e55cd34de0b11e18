import type { Locale } from '../domain/locale';
import { format, joinList, messagesFor } from '../i18n/messages';
import type { AdaptiveCard } from './renderCard';
import { renderCard } from './renderCard';
import template from './themesCard.json';

/** The part of a theme result the card shows (the engine's output contract). */
export type ThemeSummary = {
  themes: {
    label: string;
    size: number;
    groups: Record<string, number>;
    quotes: { id: string; text: string }[];
  }[];
  assignments: Record<string, string | null>;
};

const shownThemes = 6;
const shownGroups = 3;
const quoteLength = 220;

/** "teman": each round's main themes, with the groups that carry them and one quote each. */
export function themesCard(
  rounds: readonly { title: string; result: ThemeSummary; groupName: (groupId: string) => string }[],
  locale: Locale,
): AdaptiveCard {
  const texts = messagesFor(locale).themes;
  return renderCard(template, {
    title: texts.title,
    none: texts.none,
    more: texts.more,
    rounds: rounds.map(({ title, result, groupName }) => {
      const answers = Object.keys(result.assignments).length;
      const other = Object.values(result.assignments).filter((theme) => theme === null).length;
      return {
        title,
        answers: format(texts.answers, { count: answers }),
        other: other > 0 ? format(texts.other, { count: other }) : '',
        themes: result.themes.slice(0, shownThemes).map((theme) => ({
          heading: format(texts.theme, { label: theme.label, size: theme.size }),
          groups: format(texts.groupsLine, { groups: groupsLine(theme.groups, groupName, locale) }),
          quote: theme.quotes[0] ? `”${shorten(theme.quotes[0].text)}”` : '',
        })),
      };
    }),
  });
}

/** The groups that carry a theme most, with how many answers each; the rest only counted. */
function groupsLine(
  groups: Record<string, number>,
  groupName: (groupId: string) => string,
  locale: Locale,
): string {
  const texts = messagesFor(locale).themes;
  const sorted = Object.entries(groups).sort((a, b) => b[1] - a[1]);
  const shown = sorted
    .slice(0, shownGroups)
    .map(([group, count]) => format(texts.groupCount, { name: groupName(group), count }));
  const rest = sorted.length - shownGroups;
  if (rest <= 0) return joinList(shown, locale);
  return joinList(
    [...shown, rest === 1 ? texts.moreGroupsOne : format(texts.moreGroups, { count: rest })],
    locale,
  );
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= quoteLength ? flat : `${flat.slice(0, quoteLength - 1).trimEnd()}…`;
}
