/**
 * Host configs that make the reference Adaptive Cards renderer draw roughly as Teams does in its
 * light, dark and high-contrast themes, so a card can be looked at offline in each of them. The
 * colours are the ones Teams uses (text, background, brand accent); the rest follows Microsoft's
 * published Teams host config (Segoe UI sizes, spacing).
 */
export const teamsThemes = ['light', 'dark', 'contrast'] as const;
export type TeamsTheme = (typeof teamsThemes)[number];

type Palette = {
  /** The message bubble, i.e. the card's own background. */
  background: string;
  /** The chat around the bubble. */
  page: string;
  text: string;
  subtle: string;
  accent: string;
  emphasis: string;
  border: string;
  good: string;
  warning: string;
  attention: string;
  button: { background: string; text: string; border: string };
};

const palettes: Record<TeamsTheme, Palette> = {
  light: {
    background: '#FFFFFF',
    page: '#F5F5F5',
    text: '#242424',
    subtle: '#616161',
    accent: '#5B5FC7',
    emphasis: '#F5F5F5',
    border: '#E0E0E0',
    good: '#107C10',
    warning: '#835B00',
    attention: '#C4314B',
    button: { background: '#FFFFFF', text: '#242424', border: '#D1D1D1' },
  },
  dark: {
    background: '#292929',
    page: '#1F1F1F',
    text: '#FFFFFF',
    subtle: '#ADADAD',
    accent: '#7F85F5',
    emphasis: '#1F1F1F',
    border: '#3D3D3D',
    good: '#92C353',
    warning: '#F8D22A',
    attention: '#E73550',
    button: { background: '#292929', text: '#FFFFFF', border: '#666666' },
  },
  // High contrast has no greys: everything is white on black, and interactive things are yellow.
  contrast: {
    background: '#000000',
    page: '#000000',
    text: '#FFFFFF',
    subtle: '#FFFFFF',
    accent: '#FFFF00',
    emphasis: '#000000',
    border: '#FFFFFF',
    good: '#3FF23F',
    warning: '#FFFF00',
    attention: '#FF0000',
    button: { background: '#000000', text: '#FFFFFF', border: '#FFFFFF' },
  },
};

export function teamsPalette(theme: TeamsTheme): Palette {
  return palettes[theme];
}

/** A host config for the `adaptivecards` renderer (its IHostConfig JSON). */
export function teamsHostConfig(theme: TeamsTheme): object {
  const palette = palettes[theme];
  const foregroundColors = {
    default: { default: palette.text, subtle: palette.subtle },
    dark: { default: palette.text, subtle: palette.subtle },
    light: { default: palette.text, subtle: palette.subtle },
    accent: { default: palette.accent, subtle: palette.accent },
    good: { default: palette.good, subtle: palette.good },
    warning: { default: palette.warning, subtle: palette.warning },
    attention: { default: palette.attention, subtle: palette.attention },
  };
  const fontType = {
    fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, sans-serif",
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 200, default: 400, bolder: 600 },
  };
  return {
    supportsInteractivity: true,
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: palette.border },
    fontTypes: { default: fontType, monospace: { ...fontType, fontFamily: "'Consolas', monospace" } },
    textStyles: {
      heading: { fontType: 'default', size: 'large', weight: 'bolder', color: 'default', isSubtle: false },
    },
    textBlock: { headingLevel: 2 },
    containerStyles: {
      default: { backgroundColor: palette.background, foregroundColors },
      emphasis: { backgroundColor: palette.emphasis, foregroundColors },
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
    },
    factSet: {
      title: { size: 'default', color: 'default', isSubtle: false, weight: 'bolder', wrap: true },
      value: { size: 'default', color: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 16,
    },
  };
}

/** Teams draws its own buttons; the reference renderer leaves them to the host's CSS. */
export function teamsButtonCss(theme: TeamsTheme): string {
  const { button, accent } = palettes[theme];
  return `
    .ac-pushButton {
      font: 600 14px 'Segoe UI', sans-serif;
      padding: 5px 12px;
      min-height: 32px;
      border-radius: 4px;
      border: 1px solid ${button.border};
      background: ${button.background};
      color: ${button.text};
      cursor: pointer;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .ac-pushButton:focus-visible { outline: 2px solid ${accent}; outline-offset: 1px; }
  `;
}
