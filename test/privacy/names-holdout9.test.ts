// Name classes held-out corpus 9 showed missing (session 10), each checked on invented
// examples other than the corpus's, with clinical look-alikes that must stay.
import { describe, it } from "vitest";
import { expectRedactions } from "./casings.ts";

describe("names held-out corpus 9 missed", () => {
  it("keeps the comma of 'Last, First' inside one placeholder", () => {
    expectRedactions([
      ["SW: Okonkwo-Baptiste, Lin-Mei placed at rehab", "SW: [NAME_1] placed at rehab"],
      ["psych: Park, Ji-woo on a hold since noon", "psych: [NAME_1] on a hold since noon"],
    ], ["meds: Keppra, Vimpat on hold"]);
  });

  it("takes 'Last, First' before a specimen's number or what the person does", () => {
    expectRedactions([
      ["cx: GNR in 1/2, PETROVSKA, MILENA acc # QX55120 pending", "cx: GNR in 1/2, [NAME_1] acc # [ID_1] pending"],
      ["trial desk: Faleolo, Ioane enrolled today", "trial desk: [NAME_1] enrolled today"],
    ], ["micro: sensitivities, Keppra, Vimpat pending", "trial desk: Lasix, Bumex refused by pharmacy"]);
  });

  it("takes a middle initial with its neighbours", () => {
    expectRedactions([
      ["home visit: ingeborg r. fjeldstad at the door", "home visit: [NAME_1] at the door"],
      ["BAND SAYS WILL T. NAKAMURA, VERIFY", "BAND SAYS [NAME_1], VERIFY"],
      ["hip fx pt wendell j. young 91f, on plavix", "hip fx pt [NAME_1] [AGE_1]f, on plavix"],
    ], ["grew e. coli and h. pylori pos, c. diff neg", "pt is s. aureus pos, will f. u. tomorrow", "Vit. D. level low"]);
  });

  it("takes a word no list knows owning a patient's results, records or scans", () => {
    expectRedactions([
      ["niece asking for Vailea's results again", "niece asking for [NAME_1]'s results again"],
      ["nodule on Oyebanji's CT, needs f/u", "nodule on [NAME_1]'s CT, needs f/u"],
      ["ATTORNEY WANTS ZAMORANO'S RECORDS", "ATTORNEY WANTS [NAME_1]'S RECORDS"],
      ["who opened kowalczyk's chart?", "who opened [NAME_1]'s chart?"],
    ], ["Epic's chart is down again", "Crohn's labs pending", "the patient's results are back", "Parkinson's meds due at 14:00"]);
  });

  it("takes relatives' names joined by '&', closing a line or a sentence, in brackets, and after Spanish or French kin words", () => {
    expectRedactions([
      ["family mtg: wife ingrid, sons tavita & osei, chaplain", "family mtg: wife [NAME_1], sons [NAME_2] & [NAME_3], chaplain"],
      ["attendees: wife Ines, daughters Abena & Will, SW", "attendees: wife [NAME_1], daughters [NAME_2] & [NAME_3], SW"],
      ["d/c list:\n* ride: son will\n* o2 ok", "d/c list:\n* ride: son [NAME_1]\n* o2 ok"],
      ["spoke with daughter Joy by phone at 14:00", "spoke with daughter [NAME_1] by phone at 14:00"],
      ["baby boy born 02:10, mom siobhaine. name pending", "baby boy born 02:10, mom [NAME_1]. name pending"],
      ["pt wants ofa (grandkid) at the meeting", "pt wants [NAME_1] (grandkid) at the meeting"],
      ["prefers Spanish, su hija Marisol llega hoy", "prefers Spanish, su hija [NAME_1] llega hoy"],
      ["mom June 3 visit ok", "mom [DATE_1] visit ok"],
    ], ["son will call back", "wife aware. will call", "baby girl born at 02:10", "labs & imaging, BMP & CBC pending"]);
  });

  it("takes a name an age and sex follow in a slot, a surname in brackets, and a given name and surname after 'for'", () => {
    expectRedactions([
      ["ED hold: Vaifale 77M waiting 30h for bed", "ED hold: [NAME_1] 77M waiting 30h for bed"],
      ["BOARDING: DA COSTA 81F WAITING", "BOARDING: [NAME_1] 81F WAITING"],
      ["peds: mika young 12yo, asthma", "peds: [NAME_1] 12yo, asthma"],
      ["pt ingrid (okonjo) asks about meds", "pt [NAME_1] ([NAME_2]) asks about meds"],
      ["refill for blessing nakamura denied", "refill for [NAME_1] denied"],
      ["safety alert: sunny frost, dob 1/2/1933", "safety alert: [NAME_1], dob [DATE_1]"],
    ], ["• Tachycardic 80F on tele", "Dx: sepsis 70M", "consent for the patient (minor) by mom",
      "prior auth for humira nakamura denied", "waiting for insulin patel to see"]);
  });

  it("takes particle names: a lower-case particle between capitalised words, an opening particle after a cue", () => {
    expectRedactions([
      ["Pt Grace le Blanc back from IR", "Pt [NAME_1] back from IR"],
      ["trial: Pim van der Veen consented", "trial: [NAME_1] consented"],
      ["guardian for Ó Ceallaigh is his aunt", "guardian for [NAME_1] is his aunt"],
      ["CALL RE NÍ BHRIAIN BED 4", "CALL RE [NAME_1] BED 4"],
    ], ["referred for de Quervain release", "Saw the van at 3"]);
  });

  it("takes one surname after 'for' that a dash, 'to', a possessive or 'mislabeled' closes", () => {
    expectRedactions([
      ["o2 delivery for bianchi to 12 elm st", "o2 delivery for [NAME_1] to [ADDRESS_1]"],
      ["Aetna denied SNF for Oyelaran — appeal", "Aetna denied SNF for [NAME_1] — appeal"],
      ["tube for Quillfeather mislabeled, redraw", "tube for [NAME_1] mislabeled, redraw"],
    ], ["waiting for tazocin, then", "ok for zosyn to run", "pls eval for step-down, dr. mensah aware", "ok for discharge to snf"]);
  });

  it("takes a given name and a surname after 'for' that punctuation or what is done for the person closes", () => {
    expectRedactions([
      ["para for tavita musa-grant booked 3/2", "para for [NAME_1] booked [DATE_1]"],
      ["fax for pearl bishop missing npi", "fax for [NAME_1] missing npi"],
      ["card pic for kofi sokolov in thread", "card pic for [NAME_1] in thread"],
      ["wheels for bubba mthembu — 12 oak st", "wheels for [NAME_1] — [ADDRESS_1]"],
      ["visa # for will tanaka is pending", "visa # for [NAME_1] is pending"],
    ], ["ok for vanc trough, then", "order for insulin drip: start", "consult for chest pain, then", "for april showers, then", "ask for more time, then"]);
  });

  it("takes two spoken words no list holds after 'pt', in lower case or capitals", () => {
    expectRedactions([
      ["driver was our pt tesfalem gebremariam. callback", "driver was our pt [NAME_1]. callback"],
      ["PT ANAHERA TUHIWAI'S CARD ON FILE", "PT [NAME_1]'S CARD ON FILE"],
    ], ["pt afebrile tachycardic overnight", "pt keppra levetiracetam", "pt hemodynamically stable", "PT NAUSEOUS VOMITING"]);
  });

  it("takes a name owning a vehicle, after 'next of kin', and after 'for' before a bracket", () => {
    expectRedactions([
      ["TOW YARD HAS OKONJO'S TRUCK IN LOT C", "TOW YARD HAS [NAME_1]'S TRUCK IN LOT C"],
      ["NEXT OF KIN ZEYNEP 555 201 3344", "NEXT OF KIN [NAME_1] [PHONE_1]"],
      ["tele box for kowalczyk (412) dropping", "tele box for [NAME_1] (412) dropping"],
    ], ["for keppra (levetiracetam) level", "next of kin aware", "the truck is outside"]);
  });

  it("takes the names of a numbered list of patients, each before a spaced dash", () => {
    expectRedactions([
      ["1) Fox - CHF, diuresing\n2) al Amin - PNA on ceftriaxone\n3) Tavita Leau-Smith - for SNF", "1) [NAME_1] - CHF, diuresing\n2) [NAME_2] - PNA on ceftriaxone\n3) [NAME_3] - for SNF"],
    ], ["1) AKI - improving\n2) CAP - on ceftriaxone\n3) Hyperkalemia - resolved", "1) Stone - passed\n2) Gout - flare", "plan:\n1) sepsis - abx\n2) delirium - haldol prn"]);
  });

  it("keeps MR grades after a lower-case 'mr' and an age and sex after an 'ID' cue", () => {
    expectRedactions([
      ["can someone see mr larkspur? ck 22000", "can someone see mr [NAME_1]? ck 22000"],
    ], ["model/serial pending. mr conditional?", "pacer is mr safe", "curbside q for id: 76m recent travel, fever", "CURBSIDE Q FOR ID: 25F, FEVER"]);
  });

  it("takes a name a line's label opens and a dash or an ID cue closes, and a baby's listed surname before a comma", () => {
    expectRedactions([
      ["wound care: anahera moody — dressing changed", "wound care: [NAME_1] — dressing changed"],
      ["billing q: tavita mahoe-park acct 55123 disputed", "billing q: [NAME_1] acct [ACCOUNT_1] disputed"],
      ["mom at bedside with baby begay, 3d old, feeding well", "mom at bedside with baby [NAME_1], 3d old, feeding well"],
    ], ["note: keppra — level pending", "plan: sepsis — abx", "dx: cap — ceftriaxone", "meds: apixaban — hold", "wound care: dressing — changed"]);
  });

  it("reads a room's word before its number as no name, though 'Rm' is a census surname", () => {
    expectRedactions([["RRT CALLED RM 327 FOR PRIYANKA STRONG", "RRT CALLED RM 327 FOR [NAME_1]"]], ["called RM 327 for her", "rrt called rm 428, gcs 9"]);
  });

  it("leaves drugs, problems, vendors and modals the review found redacted (session 10)", () => {
    expectRedactions([
      ["medicaid denied snf for hakobyan — policy", "medicaid denied snf for [NAME_1] — policy"],
      ["* ride: son will\n* o2 ok", "* ride: son [NAME_1]\n* o2 ok"],
      ["1) zielinski - dka\n2) chaudhry - copd flare\n3) farhan nakamura-reyes - awaiting", "1) [NAME_1] - dka\n2) [NAME_2] - copd flare\n3) [NAME_3] - awaiting"],
    ], ["consult for osteo - ID following", "for sotalol is qtc ok", "for mero to be started", "consult for cipro - uti", "for aztreonam - pcn allergy", "PA denied for humira - appeal",
      "1) Mero - ID approval\n2) Dapto - ck", "1) Cipro - uti\n2) Spiro - ascites", "Aetna's records request", "Labcorp's results pending",
      "plan: mero — day 3 of 7", "ABX: MERO - DAY 3", "dc home w/ support (friend) staying", "who is driving her home? son will\nok to dc", "son Will see him tmrw"]);
  });

  it("reads verbs in capitals after a cue or a name as verbs, though census lists hold them", () => {
    expectRedactions([
      ["S: SRA. OGUNLEYE FOUND DOWN AT HOME", "S: SRA. [NAME_1] FOUND DOWN AT HOME"],
      ["SPOKE W PT'S NEPHEW BLESSING DE LA CRUZ, HE'S POA", "SPOKE W PT'S NEPHEW [NAME_1], HE'S POA"],
      ["STAT: TSOSIE, STERLING — RAPID RESPONSE", "STAT: [NAME_1] — RAPID RESPONSE"],
      ["INTERPRETER NEEDED: MAVIS TAKAHASHI SPEAKS UKRAINIAN", "INTERPRETER NEEDED: [NAME_1] SPEAKS UKRAINIAN"],
    ], ["PT VISITING FROM THE PHILIPPINES, NO LOCAL PCP.", "PT'S WIFE POSTED ON FB ABOUT HER CARE", "PT WANTS TO LEAVE AMA", "PT LOGGED INTO PATIENT PORTAL"]);
  });

  it("keeps listed surnames in capitals that are English -ing/-ed words, and a facility's possessive SNF after 'to' (second review)", () => {
    expectRedactions([
      ["PT FLEMING IN 4", "PT [NAME_1] IN 4"],
      ["PATIENT: DOWNING, DOB 1/2/1950", "PATIENT: [NAME_1], DOB [DATE_1]"],
      ["MRS. MANNING IN 4", "MRS. [NAME_1] IN 4"],
      ["PT FIELDING JONES IN 4", "PT [NAME_1] IN 4"],
      ["to Sacred Heart's SNF", "to [LOCATION_1]"],
      ["PT FROM AUBURN STREET", "PT FROM [LOCATION_1] STREET"],
      ["seen on 3/4 day shift, stable", "seen on [DATE_1] day shift, stable"],
    ], ["PT VISITING FROM THE PHILIPPINES", "PT'S WIFE POSTED ON FB"]);
  });

  it("takes a name a lab note's label opens and a lab value closes", () => {
    expectRedactions([
      ["heme: Vainikolo plt 41k, schistos on smear", "heme: [NAME_1] plt 41k, schistos on smear"],
      ["HEME: OKONJO PLT 22K", "HEME: [NAME_1] PLT 22K"],
    ], ["heme: hgb plt 39k", "micro: schistos plt 30k", "heme: ttp plt 20k", "rph: vanc trough 17.2 drawn 4:15"]);
  });

  it("takes 'THE X FAMILY' in capitals and a dependent's name", () => {
    expectRedactions([
      ["OMG THE TUPOU FAMILY BROUGHT DONUTS", "OMG THE [NAME_1] FAMILY BROUGHT DONUTS"],
      ["SUBSCRIBER ON FILE, DEPENDENT MARGUERITE ON SAME PLAN", "SUBSCRIBER ON FILE, DEPENDENT [NAME_1] ON SAME PLAN"],
    ], ["THE CARE FAMILY MEETING AT 3", "insulin dependent diabetes, dependent edema 2+", "oxygen dependent on 2L"]);
  });
});
