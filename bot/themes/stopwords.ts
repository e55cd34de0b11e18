/**
 * Words that say nothing about a theme. The general lists come from stopwords-iso; the domain
 * lists hold what every answer to a lessons-learned round says ("vi har varit mycket bra på …",
 * the pandemic itself, the question's own words), which would otherwise pull unrelated answers
 * together and end up in labels.
 */
import stopwordsIso from 'stopwords-iso';
import type { Language } from './types';

// stopwords-iso counts these as filler, but in this domain they carry themes
// ("beslutsvägar", "arbeta tillsammans", "tidigt agerande").
const keptSwedish = ['beslut', 'beslutat', 'beslutit', 'tillsammans', 'tidig', 'tidigt', 'tidigare', 'lätt'];

const domainSwedish = [
  'vi ni har hade varit mycket bra väldigt också även kunde kunnat behöver behövs behövt fått',
  'blivit gjort kommit tycker tyckte tror känns kändes upplever upplevt upplevde uppleva tänker',
  'anser sätt sättet saker sak del delar delvis stort stor stora ganska särskilt framför allt alla',
  'oss våra vår vårt sina sitt sin nog fortfarande fortsatt samt pga bl ex etc osv dvs mm tex ffa',
  'ev ca pandemin pandemi pandemins pandemier covid corona coronapandemin covid19 lärdom lärdomar',
  'lärdomarna lärdomen viktigaste viktigt viktig viktiga utmanande avgörande betydelsefulla',
  'betydelsefull framtiden framtid inför period perioden tiden under gång gånger läge läget',
  'situation situationen lyckats fungerat fungerade fungerar visat visade märkt insett lärt lära',
  'ska kommer göra gör gjorde finns fanns blev bli blir får fick',
  // Everyday words that fit any theme: time, amount, place and doing in general.
  'tid tiden hela helt vissa viss visst kring via tog ta tar tagit samtidigt snabbt snabb snabba',
  'nya ny nytt början stället ställa ställde ställt plats hos tillbaka extra svårt svår svåra per',
  'gav ge ger givit ihop faktiskt egen eget egna nära satt sätta ser såg sett fast själva själv',
  'kände känna känner hitta hittade lösa löste veta vet visste folk start igång hålla höll hållit',
  'behövde behövdes behövt lång långa långt kort korta kortare dag dagar dagen dagarna vecka veckor veckan',
  'veckorna månad månaden månaderna året',
  'månader år åren gånger mer mest fler flera många mindre minst lite enkelt enkla enkel svårare',
  'använda använde använt skapa skapade skapat bygga byggde byggt arbeta arbetade jobba jobbade',
  'ändå redan direkt rätt fel stod står kvar nästa först första andra sist sista vanliga vanlig istället',
  'infört införde införa införts införda genomfört genomförde genomföra genomförts ändrat ändrade',
  // Fillers and adverbs of degree, frequency and stance: "typ", "nästan", "numera".
  'typ liksom alltså ju väl precis verkligen riktigt egentligen tyvärr absolut självklart givetvis',
  'nästan numera dessutom exempelvis annars plötsligt oftast ofta sällan alltid aldrig ärligt',
  // The vocabulary of reporting: amounts, units, comparisons and periods, which any theme uses.
  'procent procenten procentenheter kr kronor mkr mnkr tkr miljon miljoner miljarder tusen hundra',
  'antal antalet andel andelen jämfört jämförelse föregående ökning ökningen ökade ökat minskning',
  'minskningen minskade minskat nivå nivån nivåer motsvarande motsvarar totalt sammanlagt cirka',
  'ungefär drygt knappt timmar timme timmars minuter dygn dygnet kvartal halvår helår st',
]
  .join(' ')
  .split(' ');

const domainEnglish = [
  'we our us have has had been very really good great lot lots also able need needed think feel',
  'felt learned learnt lesson lessons important pandemic covid corona future challenging crucial',
  'things thing way ways much many etc eg ie period time during became got',
  'percent per cent million millions thousand compared previous increase decrease level levels total',
  'approximately about around hours hour minutes days day weeks week months month',
]
  .join(' ')
  .split(' ');

function build(language: Language): Set<string> {
  if (language === 'en') return new Set([...(stopwordsIso.en ?? []), ...domainEnglish]);
  const kept = new Set(keptSwedish);
  return new Set([...(stopwordsIso.sv ?? []).filter((word) => !kept.has(word)), ...domainSwedish]);
}

const lists: Record<Language, Set<string>> = { sv: build('sv'), en: build('en') };

export function isStopword(word: string, language: Language): boolean {
  return word.length < 2 || lists[language].has(word);
}
