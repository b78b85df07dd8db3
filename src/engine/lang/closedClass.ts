// Small closed-class word lists per language (pronouns, determiners, particles, months, weekdays, prepositions).
import type { Language } from '../types';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/** Function words (lower-case) that are never names even when capitalised. */
export const functionWords: Record<Language, ReadonlySet<string>> = {
  de: set(`
    der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
    ich du er sie es wir ihr man sich mich dich ihn ihm ihnen uns euch mir dir
    mein meine meiner meines meinem meinen dein deine deiner deines deinem deinen
    sein seine seiner seines seinem seinen ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem unseren
    euer eure eurer eures eurem euren dieser diese dieses diesem diesen jener jene jenes jenem jenen
    welcher welche welches welchem welchen wer wen wem wessen was wo wie warum wann woher wohin
    und oder aber doch denn sondern weil dass daß ob wenn als nachdem obwohl während bevor damit falls sobald seit seitdem
    in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur über unter um durch für gegen ohne hinter neben zwischen
    nicht nie noch schon auch nur sehr so da dann dort hier jetzt nun immer alle allen aller alles etwas nichts viel viele wenig jeder jede jedes jedem jeden
    ja nein oh ach na ah he hm
  `),
  en: set(`
    the a an this that these those some any no every each either neither
    i me my mine myself you your yours yourself he him his himself she her hers herself it its itself
    we us our ours ourselves they them their theirs themselves one
    and or but nor so yet for because if when while although though since unless until whether
    in on at to of from by with without into onto upon over under about after before between through during against among
    not never only also just even still very too then there here now
    who whom whose what which where when why how
    yes oh ah well ay aye alas pray
  `),
};

/** Capitalised words that are calendar terms, not names (lower-case). */
export const calendarWords: Record<Language, ReadonlySet<string>> = {
  de: set(`januar februar märz april mai juni juli august september oktober november dezember
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    montags dienstags mittwochs donnerstags freitags samstags sonntags ostern pfingsten weihnachten silvester`),
  en: set(`january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter`),
};

/** Words before a capitalised noun that show it is a common noun (German articles, quantifiers, contractions). */
export const nounMarkers: Record<Language, ReadonlySet<string>> = {
  de: set(`der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
    im ins am ans beim vom zum zur
    mein meine meiner meines meinem meinen dein deine deiner deines deinem deinen
    sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem unseren
    euer eure eurer eures eurem euren dieser diese dieses diesem diesen jener jene jenes jenem jenen
    welcher welche welches welchem welchen jeder jede jedes jedem jeden alle allen aller alles
    etwas nichts viel viele vielen wenig wenige wenigen manche manchen mancher einige einigen beide beiden`),
  en: set(`the a an this that these those my your our their its some any no every each`),
};

/** Lower-case particles inside a name ("Ludwig van Beethoven"). */
export const nameParticles: ReadonlySet<string> = set('von van der den de du da di del della le la zu vom ten ter dos das mac');

/** Prepositions after which a name is most often a place. */
export const placePrepositions: Record<Language, ReadonlySet<string>> = {
  de: set('in aus nach'),
  en: set('in from at'),
};

/** Words (lower-case) naming a family relation, used to keep relatives with similar names apart. */
export const kinshipWords: Record<Language, ReadonlySet<string>> = {
  de: set(`vater mutter sohn tochter bruder schwester onkel tante neffe nichte cousin cousine vetter zwilling zwillinge
    zwillingsbruder zwillingsschwester ehemann ehefrau mann frau opa oma großvater großmutter enkel enkelin eltern geschwister
    stiefvater stiefmutter stiefsohn stieftochter halbbruder halbschwester schwager schwägerin`),
  en: set(`father mother son daughter brother sister uncle aunt nephew niece cousin twin husband wife grandfather grandmother
    grandson granddaughter parents siblings stepfather stepmother stepson stepdaughter half-brother half-sister`),
};

/** Last words of English place and organisation names ("Baker Street", "St Mary's Hospital"). */
export const englishPlaceHeads: ReadonlySet<string> = set(`street road lane square avenue terrace crescent bridge park gardens row
  hill way drive close court place station hospital school college university church chapel hotel inn yard bank company club
  museum library theatre theater market harbour harbor pier farm manor hall house abbey`);

/** Words that stand before the name of an institution ("Krankenhaus Sachsenklinik", "Hotel Adlon"). */
export const organisationTitles: Record<Language, ReadonlySet<string>> = {
  de: set(`Krankenhaus Klinik Klinikum Hotel Firma Restaurant Café Gasthof Gasthaus Verlag Kanzlei Praxis Schule Gymnasium Internat
    Zeitung Verein Bäckerei Werft Spedition Weingut Brauerei Kaufhaus Autohaus Reederei Galerie Theater Kino Bar Kneipe Pension`),
  en: set(`Hotel Café Cafe Restaurant Pub Inn Club Company Firm`),
};

/** Endings of German place names (Quedlinburg, Markkleeberg, Rebenheim). */
export const germanPlaceEnding =
  /(burg|berg|dorf|stadt|hausen|heim|feld|felde|bach|hagen|hafen|furt|au|ow|itz|ingen|rode|brück|brücken|kirchen|walde|see|stedt|leben|born|brunn|hof)$/u;

/** Endings of English place names (Castlebridge, Weymouth, Ravensholt). */
export const englishPlaceEnding =
  /(bridge|hill|ton|ford|ham|by|chester|cester|mouth|bury|borough|wick|field|dale|holt|minster|port|stead|shire|thorpe|combe|pool)$/u;
