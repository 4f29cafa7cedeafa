// Words around a city name that say it names something else: a law, a street, a person, a publisher's place, a noun.
// All entries are folded (lower case, no Latin accents), as foldWord returns them.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/**
 * Words after a city name that make it the name of a treaty, law or political process: the Dublin Regulation,
 * Dublin III, the Berne Convention, the Bologna Process, the Prague Process, Dublin-Verfahren, Schengen-Raum.
 */
export const AGREEMENT_AFTER = set(`
  regulation regulations convention conventions treaty treaties agreement agreements process declaration protocol
  procedure procedures criteria accord accords transfer transfers rules returns conclusions ii iii iv
  verordnung verfahren abkommen ubereinkommen konvention vertrag vertrage prozess erklarung kriterien uberstellung
  uberstellungen regeln fall falle ruckfuhrung ruckfuhrungen
`);

/**
 * Words before a city name (perhaps with "of", "de", "di", "von" between) that make it part of an agreement's
 * name: the Treaty of Lisbon, le traité de Lisbonne, il regolamento di Dublino, der Vertrag von Lissabon.
 */
export const AGREEMENT_BEFORE = set(`
  treaty convention regulation agreement declaration protocol accords
  traite convention reglement accord accords declaration protocole procedure
  trattato convenzione regolamento accordo accordi dichiarazione protocollo procedura
  tratado convencion convenio reglamento acuerdo acuerdos declaracion protocolo
  vertrag konvention verordnung abkommen ubereinkommen erklarung protokoll
  smlouva umluva narizeni dohoda traktat konwencja rozporzadzenie porozumienie
  договор конвенция регламент споразумение
`);

/** Words before a city name that make it a street's name: via Bologna, rue de Paris, calle Toledo. */
export const STREET_BEFORE = set(`
  via viale corso piazza piazzale largo vicolo lungomare contrada
  rue avenue boulevard bd place quai impasse allee chaussee
  calle avenida av avda plaza paseo carrer placa ronda rua travessa praca
  strada str bulevardul bulevard calea soseaua
  ulica ul ulice ulici trida namesti ulitsa
  улица ул булевард бул проспект пр площад площадь
`);

/**
 * Words before a name that make it a district's: el barrio de Salamanca, quartiere Latina. A district the gazetteer
 * knows still counts for its city there ("Bezirk Ottakring").
 */
export const DISTRICT_BEFORE = set(`
  barrio barri distrito quartiere rione quartier stadtteil bezirk ortsteil viertel kiez ctvrt dzielnica osiedle sidliste
`);

/** Words after "Dublin" that make it the asylum rules, not the city: a Dublin case, die Dublin-Fälle, i casi Dublino. */
export const DUBLIN_AFTER = set('case cases unit system state states country countries caso casi cas fall falle');
export const DUBLIN = set('dublin dublino');

/** Words after a city name that make it a street's or district's name: London Road, Paris Street, Dublin-Straße. */
export const STREET_AFTER = set(`
  street road rd avenue ave lane terrace crescent drive gardens grove
  strasse str allee gasse weg platz damm ufer chaussee
  district quarter neighbourhood neighborhood
  straat laan plein gracht kade
`);

/** Words after a street word or district word that still name the city: "the Berlin district of Neukölln". */
export const STILL_THE_CITY_AFTER = set('of s');

/** Titles before a name that make it a person's: Mr Preston, Frau Essen, pan Brno, Dr. Lincoln. */
export const TITLES = set(`
  mr mrs ms miss dr prof sir lady lord dame mx
  herr herrn frau fr hr
  sig sigra signor signora dott dottssa
  m mme mlle monsieur madame
  sr sra senor senora don dona
  pan pani panna slecna ing mgr judr mudr phdr bc
  г-н г-жа господин госпожа
`);

/**
 * Given names that come before a surname which is also a city's name: Jack London, Irving Berlin, Maria Bologna.
 * Common given names of the main European languages; a name that is itself a city's (Florence, Sofia) is left out.
 */
export const GIVEN_NAMES = set(`
  john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary nicholas
  eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack
  dennis jerry tyler aaron jose henry adam peter nathan zachary kyle walter harold carl arthur gerald roger keith
  jeremy terry lawrence sean christian albert joe ethan austin jesse willie billy bryan bruce jordan ralph roy
  noah dylan eugene wayne alan juan louis russell gabriel randy philip harry vincent bobby johnny logan irving dan
  tom tim jim bill bob mike steve dave nick ben sam max alex kim
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa betty margaret sandra ashley
  kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia
  kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel
  carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina
  joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
  janice jean abigail alice judy grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
  brittany charlotte marie kayla alexis lori jane
  hans klaus jurgen wolfgang helmut gerhard dieter uwe gunter horst manfred werner heinz karl stefan andreas
  thomas michael markus matthias sebastian tobias florian lukas jonas felix maximilian
  ursula monika petra sabine renate helga karin brigitte ingrid erika gisela susanne katharina lena lea
  jean pierre michel philippe alain nicolas francois jacques bernard eric laurent olivier christophe
  marie nathalie isabelle sylvie catherine francoise valerie sophie celine
  giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno
  paolo giorgio marco andrea luca alessandro matteo lorenzo
  giulia francesca chiara sara anna paola rosa lucia giovanna
  jose antonio manuel francisco juan javier carlos jesus miguel rafael pedro pablo luis
  carmen maria josefa isabel dolores pilar teresa ana lucia
  jan jiri petr josef pavel martin tomas jaroslav miroslav zdenek vaclav michal frantisek karel milan lukas
  jana eva hana marie lenka katerina petra lucie alena vera
  piotr krzysztof andrzej tomasz pawel jozef marcin marek michal grzegorz jerzy tadeusz adam lukasz zbigniew
  anna katarzyna malgorzata agnieszka barbara ewa krystyna elzbieta zofia
  ivan georgi dimitar nikolay petar hristo todor stoyan
  ivana elena mariya desislava
`);

/**
 * City names that are also common given names: a mention counts only with a place word before it ("in Nancy",
 * "from Florence") or its country after it ("Nancy, France"), never as "Nancy said" or "Florence Nightingale".
 */
export const PERSON_NAMES = set(`
  nancy florence sofia lincoln preston chester leon bradford warwick paisley bolton stirling carlisle crawley
  brest adelaide eugene orlando trent andria
  sofie sofija sophia sofya sofja sofiya sofi florencia florens
`);

/** Words before a name that make it a place: in Nancy, from Florence, nach Essen, à Nancy, w Sofii, в Софии. */
export const PLACE_WORDS = set(`
  in at near from around outside of into across towards via
  a au en pres de depuis vers
  nach aus bei von bis uber ab gen nahe
  da di dal dalla per verso
  desde hacia hasta cerca
  w we z ze do na pod kolo
  v ve u
  в во из до от край около
  stadt city town municipality region capital hauptstadt landeshauptstadt grossstadt raum
`);

/**
 * City names that are also German nouns, capitalised in every German sentence: das Essen (food), die Mitte, die
 * Halle, das Leiden, die Berge, das Pech. In a German text they count only after a place word ("in Essen",
 * "nach Halle") or joined to a district ("Essen-Steele").
 */
export const GERMAN_NOUNS = set(`
  essen mitte halle leiden berge bergen pech leck amen kilo lowen kapelle horn
`);

/** ISO 639-3 codes of texts written in German. */
export const GERMAN = set('deu gsw ltz bar');

/** Words after a city name that tell it names an organisation of its own, which still shows the city: Sofia University. */
export const PLACE_NOUNS_AFTER = set(`
  airport university municipality city council region province centre center station metro zoo district
  county area office court school hospital college
`);
