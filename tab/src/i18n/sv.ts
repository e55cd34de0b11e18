import type { DeliveryState, Role } from '../api/types';

/** Swedish is the source of truth: every key here must exist in en.ts (the type enforces it). */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

export const sv = {
  app: {
    name: 'Lärdomar',
    skipToContent: 'Hoppa till innehållet',
    navLabel: 'Lärdomar',
    signedInAs: (name: string) => `Inloggad som ${name}`,
    switchPerson: 'Byt person',
  },
  common: {
    reload: 'Ladda om',
    cancel: 'Avbryt',
    working: 'Arbetar …',
    connectingTeams: 'Ansluter till Teams',
    loadingMe: 'Hämtar dina uppgifter',
    question: (n: number) => `Fråga ${n}`,
  },
  errors: {
    title: 'Något gick fel',
    network: 'Lärdomar svarar inte just nu. Kontrollera anslutningen och försök igen om en stund.',
    unexpected: 'Något oväntat hände. Försök igen om en stund.',
    unauthorized: 'Inloggningen gick inte igenom. Stäng fliken och öppna den igen.',
    teamsConnect: 'Fliken kunde inte ansluta till Teams. Stäng fliken och öppna den igen.',
    noRound: 'Ingen runda är vald. Gå till Rundor och välj en.',
    stale: 'Uppgifterna kunde inte uppdateras. Det du ser är det senast hämtade.',
  },
  signIn: {
    title: 'Logga in lokalt',
    intro: 'Lärdomar körs lokalt på den här datorn. Välj vem du vill vara:',
    loadingUsers: 'Hämtar personerna',
    signingIn: 'Loggar in',
    noUsers: 'Det finns inga personer att logga in som.',
    openInTeamsTitle: 'Öppna fliken i Teams',
    openInTeams:
      'Den här sidan är en flik i Microsoft Teams och loggar in dig med ditt Teams-konto. Öppna Lärdomar i Teams.',
    roles: (roles: Role[], groups: (string | null)[]) => {
      const parts: string[] = [];
      if (roles.includes('coordinator')) parts.push('Samordnare');
      if (roles.includes('leadership')) parts.push('Ledning');
      if (roles.includes('member')) {
        if (groups.length === 0) parts.push('Medlem');
        for (const group of groups) parts.push(group === null ? 'Medlem i en grupp' : `Medlem i ${group}`);
      }
      return parts.length > 0 ? parts.join(', ') : 'Ingen roll';
    },
  },
  noAccess: {
    title: 'Ingen åtkomst',
    body: 'Du har inte tillgång till Lärdomar än. Fliken visar rundorna för samordnare, för ledningen och för dem som är med i grupperna som får frågorna.',
    hint: 'Be den som samordnar lärdomarna i er organisation om åtkomst.',
  },
  nav: {
    rounds: 'Rundor',
    status: 'Svarsläge',
    themes: 'Teman',
  },
  rounds: {
    title: 'Rundor',
    loading: 'Hämtar rundorna',
    state: { open: 'Pågår', closed: 'Stängd', draft: 'Utkast' } as Record<
      'open' | 'closed' | 'draft',
      string
    >,
    demo: 'Exempel',
    demoHint: 'Exempeldata som följer med när Lärdomar körs lokalt.',
    removeSample: 'Ta bort exempelrundan',
    removeSampleTitle: 'Ta bort exempelrundan?',
    removeSampleBody:
      'Exempelrundan och dess 333 exempelsvar tas bort. Dina egna rundor påverkas inte. Exemplet kommer tillbaka bara om Lärdomar startas lokalt utan några rundor alls.',
    removeSampleConfirm: 'Ja, ta bort',
    deadlineAhead: (when: string, relative: string) => `Svarstiden går ut ${when} (${relative})`,
    deadlinePassed: (when: string, relative: string) => `Svarstiden gick ut ${when} (${relative})`,
    closedAt: (when: string) => `Stängdes ${when}`,
    noDeadline: 'Ingen svarstid är satt.',
    progressLabel: 'Svar hittills',
    progress: (answered: number, targeted: number, unit: 'groups' | 'people') =>
      `${answered} av ${targeted} ${unit === 'groups' ? (targeted === 1 ? 'grupp' : 'grupper') : targeted === 1 ? 'person' : 'personer'} har svarat på alla frågor`,
    questions: (n: number) => count(n, 'fråga', 'frågor'),
    draftNote: 'Utkastet redigeras i chatten med Lärdomar.',
    emptyTitle: 'Inga rundor än',
    emptyCoordinator:
      'Skriv ny runda till Lärdomar i chatten för att starta en runda. Den visas här så fort den har startat.',
    emptyOther: 'När en samordnare har startat en runda som du är med i visas den här.',
  },
  status: {
    title: 'Svarsläge',
    loading: 'Hämtar svarsläget',
    groupsHeading: 'Grupper',
    noGroups: 'Rundan har inga grupper.',
    memberNote: 'Du ser svarsläget för din egen grupp.',
    leadershipNote:
      'Du ser svarsläget för alla grupper. Påminnelser och ändringar av rundan gör samordnaren.',
    closedNote: 'Rundan är stängd. Inga fler svar tas emot.',
    draftNote: 'Rundan har inte startat än.',
    mode: 'Svarssätt',
    modes: { together: 'Gemensamt svar i kanalen', individual: 'Var och en svarar' } as Record<
      'together' | 'individual',
      string
    >,
    delivery: 'Utskick',
    deliveryStates: {
      sent: 'Skickat',
      pending: 'På väg',
      failed: 'Misslyckades',
      none: 'Inte skickat',
    } as Record<DeliveryState, string>,
    lastAnswer: 'Senaste svar',
    noAnswers: 'Inga svar än',
    complete: 'Alla har svarat',
    perQuestionCaption: (group: string) => `Svar per fråga, ${group}`,
    questionShort: 'Fråga',
    answersRow: 'Svar',
    people: (n: number) => `Personer (${n})`,
    peopleCaption: (group: string) => `Vem som har svarat i ${group}`,
    person: 'Person',
    answered: 'Har svarat på',
    personNone: 'Inga svar än',
    personAll: 'Alla frågor',
    personSome: (questions: number[]) => `Fråga ${listWithAnd(questions.map(String))}`,
    actionsHeading: 'Åtgärder',
    remindAll: 'Påminn nu',
    remindGroup: 'Påminn gruppen',
    remindGroupLabel: (group: string) => `Påminn gruppen ${group}`,
    remindAgainTitle: 'Påminna igen?',
    remindAgainBody: (when: string, relative: string) =>
      `Den senaste påminnelsen gick ut ${when} (${relative}). Vill du påminna dem som inte har svarat en gång till?`,
    remindAgainConfirm: 'Ja, påminn igen',
    extend: 'Förläng svarstiden',
    close: 'Stäng rundan',
    retry: 'Försök igen',
    failedCount: (n: number) => `${n === 1 ? 'Ett utskick' : `${n} utskick`} misslyckades.`,
    extendTitle: 'Förläng svarstiden',
    extendIntro: (current: string) => `Svarstiden går nu ut ${current}. Välj en ny tid (svensk tid).`,
    extendDate: 'Nytt datum',
    extendTime: 'Ny tid',
    extendSave: 'Förläng',
    extendInvalid: 'Ange både datum och tid.',
    closeTitle: 'Stänga rundan?',
    closeBody:
      'När rundan är stängd tas inga fler svar emot, och påminnelser som inte har gått ut skickas inte. Grupperna får ett tack i sina trådar.',
    closeConfirm: 'Ja, stäng rundan',
  },
  themes: {
    title: 'Teman',
    loading: 'Hämtar temana',
    questionsLabel: 'Frågor',
    allQuestions: 'Alla frågor',
    groupPicker: 'Visa',
    allGroups: 'Alla grupper',
    compare: 'Jämför grupper',
    compareFirst: 'Första gruppen',
    compareSecond: 'Andra gruppen',
    basedOn: (n: number, updated: string) => `Bygger på ${count(n, 'svar', 'svar')}, uppdaterat ${updated}.`,
    size: (n: number) => count(n, 'svar', 'svar'),
    groups: 'Grupper',
    moreGroups: (n: number) => `och ${n} till`,
    groupCount: (name: string, n: number) => `${name} (${n})`,
    terms: 'Nyckelord',
    quotes: 'Citat',
    otherLabel: 'Övrigt',
    other: (n: number) => `Övrigt: ${count(n, 'svar', 'svar')}`,
    otherBody:
      'De här svaren passar inte in i något av temana ovan. De räknas med i underlaget men bildar inget eget tema.',
    hidden: (threshold: number, missing: number) =>
      `Temana visas när minst ${threshold} personer har svarat – ${missing} till behövs.`,
    hiddenWhy: 'Så kan ingen pekas ut av sitt svar.',
    noThemes: 'Inga teman än. De tas fram så snart svaren kommer in.',
    noAnswers: 'Det finns inga svar här än.',
    computing: 'Temana tas fram just nu. Vyn uppdateras av sig själv.',
    chartHeading: 'Temanas storlek',
    chartLabel: (n: number) =>
      `Stapeldiagram: hur många svar vart och ett av ${count(n, 'tema', 'teman')} har. Samma uppgifter finns i tabellen.`,
    chartCaption: 'Antal svar per tema',
    themeColumn: 'Tema',
    answersColumn: 'Svar',
    cardsHeading: 'Teman och citat',
    comparisonHeading: 'Teman per grupp',
    comparisonCaption: 'Antal svar per tema och grupp. Ju starkare färg, desto fler svar.',
    present: 'Presentera',
    shareToStage: 'Dela till mötet',
    shared: 'Presentationen visas nu i mötet.',
    shareFailed: 'Det gick inte att dela till mötet. Bara presentatörer och organisatörer kan dela.',
  },
  present: {
    title: 'Presentation',
    loading: 'Hämtar presentationen',
    counterLabel: (index: number, total: number) => `Bild ${index} av ${total}`,
    slide: 'bild',
    previous: 'Föregående',
    next: 'Nästa',
    exit: 'Avsluta',
    fullscreen: 'Helskärm',
    keys: 'Bläddra med piltangenterna eller mellanslag. Esc avslutar.',
    empty: 'Det finns inget att visa än.',
    themeOf: (n: number) => `Tema · ${count(n, 'svar', 'svar')}`,
    noQuotes: 'Inga citat att visa.',
  },
  config: {
    title: 'Välj runda för fliken',
    intro: 'Fliken visar temana för den runda du väljer. Du kan byta runda senare i flikens inställningar.',
    round: 'Runda',
    placeholder: 'Välj en runda',
    noRounds: 'Det finns inga rundor att välja än. Skriv ny runda till Lärdomar i chatten för att starta en.',
    outsideTeams: 'Inställningen sparas när sidan öppnas som flik i Teams.',
    tabName: (title: string) => `Lärdomar: ${title}`,
    saveFailed: 'Fliken kunde inte sparas. Försök igen.',
  },
};

export type Texts = typeof sv;
