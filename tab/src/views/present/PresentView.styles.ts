import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

// A meeting's side panel is 320 px wide; there the bar folds and the key hint gives way to slides.
const narrow = '@media (max-width: 480px)';

export const useStyles = makeStyles({
  root: {
    position: 'fixed',
    inset: '0',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflow: 'hidden',
    ':focus': { outlineStyle: 'none' },
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [narrow]: {
      gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    },
  },
  roundTitle: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground2,
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: '12em',
    minWidth: '0',
    margin: '0',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    [narrow]: { flexBasis: '100%' },
  },
  // In a side panel the arrows say "previous" and "next"; the buttons' names still do in words.
  wideOnly: { [narrow]: { display: 'none' } },
  narrowOnly: { display: 'none', [narrow]: { display: 'inline' } },
  barButton: {
    [narrow]: {
      minWidth: 'auto',
      paddingLeft: tokens.spacingHorizontalS,
      paddingRight: tokens.spacingHorizontalS,
    },
  },
  counter: {
    ...typographyStyles.subtitle2,
    fontVariantNumeric: 'tabular-nums',
    minWidth: '4em',
    textAlign: 'center',
    [narrow]: { minWidth: '3em' },
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: '0',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}`,
    [narrow]: { display: 'none' },
  },
  slide: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `clamp(16px, 4vh, 48px) clamp(16px, 5vw, 80px)`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: 'clamp(12px, 3vh, 32px)',
  },
  eyebrow: {
    ...typographyStyles.subtitle1,
    color: tokens.colorBrandForeground1,
    margin: '0',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  // Headings break only where compoundBreaks put a soft hyphen: a browser's own Swedish patterns
  // would as soon cut "utrust-ning" as "skydds-utrustning". Type shrinks first and lets a
  // compound break only when it must (useFittedType, CompoundText); a part still too wide at the
  // floor breaks anywhere rather than run out of its box.
  title: {
    margin: '0',
    overflowWrap: 'break-word',
    hyphens: 'manual',
    '& [data-compound]': { hyphens: 'none' },
    // Bounded by the height too: a stage or projector of 720 lines must hold the question and its themes.
    fontSize: 'clamp(28px, min(4.2vw, 7vh), 56px)',
    lineHeight: '1.15',
    fontWeight: tokens.fontWeightSemibold,
  },
  // A question shares its slide with its themes' tiles.
  questionTitle: { fontSize: 'clamp(24px, min(3.2vw, 5.6vh), 48px)' },
  tiles: {
    '--tile-gap': 'clamp(12px, 2vw, 28px)',
    display: 'grid',
    // As many columns as tileLayout asks for where they are at least 240 px wide, fewer on a
    // narrow screen; the pixel less keeps rounding from dropping a column.
    gridTemplateColumns:
      'repeat(auto-fit, minmax(max(min(100%, 240px), calc((100% - (var(--tile-columns) - 1) * var(--tile-gap)) / var(--tile-columns) - 1px)), 1fr))',
    gap: 'var(--tile-gap)',
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  tile: {
    minWidth: '0',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: 'clamp(12px, min(1.6vw, 2.2vh), 24px)',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tileLabel: {
    margin: '0',
    overflowWrap: 'break-word',
    hyphens: 'manual',
    '& [data-compound]': { hyphens: 'none' },
    fontSize: 'clamp(18px, min(2vw, 3.2vh), 34px)',
    lineHeight: '1.2',
    fontWeight: tokens.fontWeightSemibold,
  },
  tileMarks: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: '0',
    fontSize: 'clamp(14px, min(1.3vw, 2.2vh), 20px)',
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Running text: the browser's own hyphenation, where it has Swedish, evens the ragged edge;
  // compounds still break only at their boundaries, and only where they must.
  excerpt: {
    margin: '0',
    overflowWrap: 'break-word',
    hyphens: 'auto',
    '& [data-compound]': { hyphens: 'none' },
    fontSize: 'clamp(16px, min(1.6vw, 2.6vh), 26px)',
    lineHeight: '1.35',
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  excerptQuote: {
    fontStyle: 'italic',
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  conclusionMark: {
    fontStyle: 'normal',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  conclusion: {
    margin: '0',
    overflowWrap: 'break-word',
    hyphens: 'auto',
    '& [data-compound]': { hyphens: 'none' },
    fontSize: 'clamp(22px, min(2.6vw, 4.4vh), 38px)',
    lineHeight: '1.3',
  },
  quotes: { display: 'flex', flexDirection: 'column', rowGap: 'clamp(12px, 2.5vh, 28px)' },
  quote: {
    margin: '0',
    padding: `0 0 0 clamp(16px, 2vw, 32px)`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    overflowWrap: 'break-word',
    hyphens: 'auto',
    '& [data-compound]': { hyphens: 'none' },
    fontSize: 'clamp(22px, 2.6vw, 38px)',
    lineHeight: '1.35',
    fontStyle: 'italic',
  },
  terms: {
    ...typographyStyles.subtitle1,
    color: tokens.colorNeutralForeground2,
    margin: '0',
    overflowWrap: 'break-word',
    hyphens: 'manual',
    '& [data-compound]': { hyphens: 'none' },
  },
  message: { fontSize: 'clamp(20px, 2.2vw, 30px)', margin: '0' },
});
