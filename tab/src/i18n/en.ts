import type { Texts } from './sv';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const en: Texts = {
  app: {
    name: 'Lärdomar',
    skipToContent: 'Skip to content',
    navLabel: 'Lärdomar',
    signedInAs: (name) => `Signed in as ${name}`,
    switchPerson: 'Switch person',
  },
  common: {
    reload: 'Reload',
    cancel: 'Cancel',
    working: 'Working …',
    connectingTeams: 'Connecting to Teams',
    loadingMe: 'Getting your details',
    question: (n) => `Question ${n}`,
  },
  errors: {
    title: 'Something went wrong',
    network: 'Lärdomar is not answering right now. Check your connection and try again in a moment.',
    unexpected: 'Something unexpected happened. Try again in a moment.',
    unauthorized: 'Signing in did not succeed. Close the tab and open it again.',
    teamsConnect: 'The tab could not connect to Teams. Close the tab and open it again.',
    noRound: 'No round is selected. Go to Rounds and choose one.',
    stale: 'The details could not be updated. What you see is what was fetched last.',
  },
  signIn: {
    title: 'Sign in locally',
    intro: 'Lärdomar is running locally on this computer. Choose who you want to be:',
    loadingUsers: 'Getting the people',
    signingIn: 'Signing in',
    noUsers: 'There is nobody to sign in as.',
    openInTeamsTitle: 'Open the tab in Teams',
    openInTeams:
      'This page is a tab in Microsoft Teams and signs you in with your Teams account. Open Lärdomar in Teams.',
    roles: (roles, groups) => {
      const parts: string[] = [];
      if (roles.includes('coordinator')) parts.push('Coordinator');
      if (roles.includes('leadership')) parts.push('Leadership');
      if (roles.includes('member')) {
        if (groups.length === 0) parts.push('Member');
        for (const group of groups) parts.push(group === null ? 'Member of a group' : `Member of ${group}`);
      }
      return parts.length > 0 ? parts.join(', ') : 'No role';
    },
  },
  noAccess: {
    title: 'No access',
    body: 'You do not have access to Lärdomar yet. The tab shows the rounds to coordinators, to leadership and to the members of the groups that are asked.',
    hint: 'Ask whoever coordinates lessons learned in your organisation for access.',
  },
  nav: {
    rounds: 'Rounds',
    status: 'Response status',
    themes: 'Themes',
  },
  rounds: {
    title: 'Rounds',
    loading: 'Getting the rounds',
    state: { open: 'Open', closed: 'Closed', draft: 'Draft' },
    demo: 'Sample',
    demoHint: 'Sample data that comes with Lärdomar when it runs locally.',
    removeSample: 'Remove the sample round',
    removeSampleTitle: 'Remove the sample round?',
    removeSampleBody:
      'The sample round and its 333 sample answers are removed. Your own rounds are not affected. The sample comes back only if Lärdomar is started locally with no rounds at all.',
    removeSampleConfirm: 'Yes, remove it',
    deadlineAhead: (when, relative) => `Answers are due ${when} (${relative})`,
    deadlinePassed: (when, relative) => `Answers were due ${when} (${relative})`,
    closedAt: (when) => `Closed ${when}`,
    noDeadline: 'No deadline is set.',
    progressLabel: 'Answers so far',
    progress: (answered, targeted, unit) =>
      `${answered} of ${targeted} ${unit === 'groups' ? (targeted === 1 ? 'group' : 'groups') : targeted === 1 ? 'person' : 'people'} ${targeted === 1 ? 'has' : 'have'} answered every question`,
    questions: (n) => count(n, 'question', 'questions'),
    draftNote: 'The draft is edited in the chat with Lärdomar.',
    emptyTitle: 'No rounds yet',
    emptyCoordinator:
      'Write new round to Lärdomar in the chat to start a round. It shows here as soon as it has started.',
    emptyOther: 'When a coordinator has started a round you take part in, it shows here.',
  },
  status: {
    title: 'Response status',
    loading: 'Getting the response status',
    groupsHeading: 'Groups',
    noGroups: 'The round has no groups.',
    memberNote: 'You see the response status of your own group.',
    leadershipNote:
      'You see the response status of every group. The coordinator sends reminders and changes the round.',
    closedNote: 'The round is closed. No more answers are taken.',
    draftNote: 'The round has not started yet.',
    mode: 'Answering',
    modes: { together: 'One shared answer in the channel', individual: 'Everyone answers' },
    delivery: 'Prompt',
    deliveryStates: { sent: 'Sent', pending: 'On the way', failed: 'Failed', none: 'Not sent' },
    lastAnswer: 'Last answer',
    noAnswers: 'No answers yet',
    complete: 'Everyone has answered',
    perQuestionCaption: (group) => `Answers per question, ${group}`,
    questionShort: 'Question',
    answersRow: 'Answers',
    people: (n) => `People (${n})`,
    peopleCaption: (group) => `Who has answered in ${group}`,
    person: 'Person',
    answered: 'Has answered',
    personNone: 'No answers yet',
    personAll: 'All questions',
    personSome: (questions) =>
      `${questions.length === 1 ? 'Question' : 'Questions'} ${listWithAnd(questions.map(String))}`,
    actionsHeading: 'Actions',
    remindAll: 'Remind now',
    remindGroup: 'Remind the group',
    remindGroupLabel: (group) => `Remind the group ${group}`,
    remindAgainTitle: 'Remind again?',
    remindAgainBody: (when, relative) =>
      `The last reminder went out ${when} (${relative}). Do you want to remind those who have not answered once more?`,
    remindAgainConfirm: 'Yes, remind again',
    extend: 'Extend the deadline',
    close: 'Close the round',
    retry: 'Try again',
    failedCount: (n) => `${n === 1 ? 'One prompt' : `${n} prompts`} failed.`,
    extendTitle: 'Extend the deadline',
    extendIntro: (current) => `Answers are now due ${current}. Choose a new time (Swedish time).`,
    extendDate: 'New date',
    extendTime: 'New time',
    extendSave: 'Extend',
    extendInvalid: 'Enter both a date and a time.',
    closeTitle: 'Close the round?',
    closeBody:
      'Once the round is closed no more answers are taken, and reminders not yet sent are dropped. The groups are thanked in their threads.',
    closeConfirm: 'Yes, close the round',
  },
  themes: {
    title: 'Themes',
    loading: 'Getting the themes',
    questionsLabel: 'Questions',
    allQuestions: 'All questions',
    groupPicker: 'Show',
    allGroups: 'All groups',
    compare: 'Compare groups',
    compareFirst: 'First group',
    compareSecond: 'Second group',
    basedOn: (n, updated) => `Based on ${count(n, 'answer', 'answers')}, updated ${updated}.`,
    size: (n) => count(n, 'answer', 'answers'),
    groups: 'Groups',
    moreGroups: (n) => `and ${n} more`,
    groupCount: (name, n) => `${name} (${n})`,
    terms: 'Key words',
    quotes: 'Quotes',
    otherLabel: 'Other',
    other: (n) => `Other: ${count(n, 'answer', 'answers')}`,
    otherBody:
      'These answers fit none of the themes above. They count in the material but form no theme of their own.',
    hidden: (threshold, missing) =>
      `Themes show once at least ${threshold} people have answered – ${missing} more ${missing === 1 ? 'is' : 'are'} needed.`,
    hiddenWhy: 'That way nobody can be singled out by their answer.',
    noThemes: 'No themes yet. They are formed as soon as answers come in.',
    noAnswers: 'There are no answers here yet.',
    computing: 'The themes are being worked out right now. The view updates by itself.',
    chartHeading: 'Size of the themes',
    chartLabel: (n) =>
      `Bar chart: how many answers each of ${count(n, 'theme', 'themes')} has. The table holds the same figures.`,
    chartCaption: 'Answers per theme',
    themeColumn: 'Theme',
    answersColumn: 'Answers',
    cardsHeading: 'Themes and quotes',
    comparisonHeading: 'Themes per group',
    comparisonCaption: 'Answers per theme and group. The stronger the colour, the more answers.',
    present: 'Present',
    shareToStage: 'Share to the meeting',
    shared: 'The presentation now shows in the meeting.',
    shareFailed: 'Could not share to the meeting. Only presenters and organisers can share.',
  },
  present: {
    title: 'Presentation',
    loading: 'Getting the presentation',
    counterLabel: (index, total) => `Slide ${index} of ${total}`,
    slide: 'slide',
    previous: 'Previous',
    next: 'Next',
    exit: 'Leave',
    fullscreen: 'Full screen',
    keys: 'Move with the arrow keys or space. Esc leaves.',
    empty: 'There is nothing to show yet.',
    themeOf: (n) => `Theme · ${count(n, 'answer', 'answers')}`,
    noQuotes: 'No quotes to show.',
  },
  config: {
    title: 'Choose the round for the tab',
    intro: 'The tab shows the themes of the round you choose. You can change it later in the tab settings.',
    round: 'Round',
    placeholder: 'Choose a round',
    noRounds: 'There are no rounds to choose yet. Write new round to Lärdomar in the chat to start one.',
    outsideTeams: 'The setting is saved when the page is opened as a tab in Teams.',
    tabName: (title) => `Lärdomar: ${title}`,
    saveFailed: 'The tab could not be saved. Try again.',
  },
};
