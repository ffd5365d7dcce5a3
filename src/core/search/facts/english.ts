/**
 * The English ways of asking a fact the agreements leave open, beside the Japanese patterns of the
 * other modules (whose few English alternatives stay where they are). Read only when the question
 * has latin letters (facts.ts), so a Japanese question pays one test for all of them. Development:
 * English questions abstained on 80 of 90 negatives where Japanese ones do on nearly all; the misses
 * asked a rate, a capacity, a name and section, a visa, an insurance, a body's duty, a fine.
 */

/**
 * What is the subsidy rate? The shelter capacity? The maximum grant? The latest figure? 10,000 yen per
 * household? How long does the agreement stay in force?: a figure (a length of time counts years), as
 * いくら, 何人 or 何年間 asks it. The agreements state none; the 末文's date line is no term. Capacity
 * building and a region's management capacity are an ability (人材育成, 別表3(3)ア), no figure.
 */
const ASKS_FIGURE_EN =
  /\b(?:rates?|percentages?|(?<!(?:management|administrative|organi[sz]ational|institutional) )capacit(?:y|ies)(?! building|-building| development)|salar(?:y|ies)|wages?|fees?|fares?|quotas?|headcount|turnout|attendance|statistics|stats|(?:maximum|minimum)(?! (?:use|utili[sz]ation|effect|extent|benefit)))\b|\b(?:latest|exact|current|official|actual|total) (?:figures?|numbers?|data|amounts?)\b|\b(?:what|which) amounts?\b|\bamounts? (?:of|for|does|do|is|are|per)\b|\bnumbers? of (?!the (?:article|row|clause))|\bper (?:day|week|month|year|household|person|head|capita|resident|participant)\b|\bhow long\b[^?]{0,40}\b(?:valid|last|run|remain|in force|in effect)|\bvalid (?:for|until|through|till)\b|\b(?:term|duration|period) of (?:the )?(?:agreements?|validity)\b/u;

const ASKS_FIGURE_ALL_EN = new RegExp(ASKS_FIGURE_EN.source, 'gu');
/**
 * Raise the employment rate, increase the number of visitors, the declining birth rate: a figure to move
 * is an aim (第1条's 人口減少, a row's 雇用の創出), not one asked, as 率を増やす is none in
 * figures-and-dates.ts. The verb or trend word up to three words before the figure word.
 */
const CHANGED_BEFORE_EN =
  /\b(?:rais\w*|increas\w*|reduc\w*|improv\w*|boost\w*|lower\w*|curb\w*|halt\w*|declin\w*|falling|rising|grow\w*|expand\w*|higher|tackl\w*)(?: [a-z'’-]+){0,3} $/u;

/**
 * Does the agreement fix how much each city pays? Is there any budget figure in the agreement
 * itself, or how does it deal with costs?: whether the text states the shares, which 第4条 answers
 * (agreed separately), not the figure, as 負担金の額まで協約に書いてある？ is.
 */
const ASKS_IF_WRITTEN_EN =
  /\b(?:does|do|did|will|would)\b[^?]{0,12}\b(?:agreements?|text|articles?|drafts?|it)\b[^?]{0,16}?\b(?:fix|set|say|state|specif|give|include|contain|mention|lay|decide|determine|stipulat|deal)\w*|\bin the agreements? itself\b|\bagreements? itself\b|\bhow does (?:it|the agreement) (?:deal|handle)\b/u;
const ABOUT_COSTS_EN = /\b(?:costs?|pay|pays|paid|paying|shares?|split|budgets?|expenses?|funding|burden|contribut\w*)\b/u;

/**
 * When is it due? What is the timeline? What are the opening hours?
 * How frequently, how many times a day?: a date, a time or a frequency, as 期限 or 頻度 asks one. The
 * dates (plural) of events, too, which \bdate\b alone does not read. A week-long camp or a day trip is no
 * time asked.
 */
const ASKS_WHEN_EN =
  /\b(?:deadlines?|due dates?|timelines?|time ?frames?|opening hours|business hours|office hours|how frequently|expiry|expiration)\b|\b(?:what|which|exact)\b[^?]{0,20}\b(?:days|dates)\b|\b(?:each|per|a) (?:day|week|month)\b(?!-| (?:trip|tour|event|pass))/u;

/** This year's seminars, last year's meeting, in FY2025: one occurrence, as 今年度の asks it. */
const ASKS_OCCURRENCE_EN = /\b(?:this|last|next|coming) (?:fiscal )?year(?:'s|’s)?\b|\bin (?:fy ?)?20[0-9]{2}\b|\bfy ?20[0-9]{2}\b/u;

/**
 * Name and section please. Give me the name. The staff member in charge. Who represents Hagi? Who
 * manages the Instagram account? Who is my counterpart in Ube? Which travel agency, which hotel?: a person or a firm by name, as
 * 担当者の名前 or どこの会社 asks one. Who is in charge of a row (Which city is in charge of tourism?)
 * asks a role, which the annex states; the nouns here are people and firms, never a party. A counterpart
 * kept (Who keeps the counterparts?) is a copy, the 末文's.
 */
const ASKS_PERSON_EN =
  /\bname (?:and|&) (?:section|department|division|title|position|contact)\b|\b(?:give|tell|send) (?:me|us) (?:the|their|his|her) names?\b|\bnames? of (?:the |a |each |our )?(?:officials?|officers?|persons?|people|staff|employees?|contacts?|coordinators?|managers?|representatives?|chair\w*|heads?|directors?|speakers?|lecturers?)\b|\b(?:persons?|officials?|officers?|staff(?: members?)?|employees?|managers?|coordinators?) (?:in charge|responsible)\b|\bcontact (?:person|details|info\w*)\b|\b(?:who is|who's) (?:my|our|the) (?:counterpart|opposite number|liaison officer)\b|\bwho (?:represents|will represent|attends|attended|will attend)\b|\bwho (?:manages|runs|operates|administers|maintains|updates|moderates|owns)\b[^?]{0,40}\b(?:accounts?|pages?|websites?|sites?|feeds?|channels?|desks?|offices?|apps?|portals?|hotlines?|centres?|centers?|facilit(?:y|ies)|shelters?)\b|\bwhich (?:hotels?|ryokan|inns?|travel agenc(?:y|ies)|agenc(?:y|ies)|operators?|consultants?|banks?|restaurants?|shops?|stores?|airlines?|ferr(?:y|ies)|ngos?|npos?)\b/u;

/**
 * The email address, the phone number, which website?: where to look or whom to call, as 連絡先 or
 * ホームページは？ asks. A website made (a joint English website to attract movers: which row?) asks none.
 */
const ASKS_SOURCE_EN =
  /\b(?:e-?mail address|phone number|telephone number|fax number|hotline|url|link to)\b|\b(?:what|where|which)\b[^?]{0,24}\b(?:website|homepage|web ?page|e-?mail|phone)\b|\bdownload\b|\baddress (?:of|for) (?:the |its |their )?(?:office|secretariat|council|desk|centre|center|headquarters|section|division|department)\b/u;

/**
 * What kind of visa? Residence status? Eligibility? Which forms or documents? How are the members
 * selected? Who approves the yearly plan? Is there a subsidy for it?: the steps or terms of an
 * application or a decision, as 申請の手続き or 選考基準 asks them. Eligible for or to apply, and
 * eligibility, are an applicant's; a matter eligible as a field (Is tourism eligible as a collaboration
 * area?) asks whether the annex holds it. The approval of the agreement's own
 * change is 第6条's (議会の議決), so not when the agreement, a change or an end is named.
 */
const ASKS_PROCEDURE_EN =
  /\bvisas?\b|\b(?:legal|residence|residency|immigration) status\b|\bresidence (?:cards?|permits?)\b|\bwork permits?\b|\beligibility\b|\bwho (?:is|are|would be) eligible\b|\beligible (?:for|to (?:apply|receive|get|join|take part|participate))\b|\b(?:application|entry|registration|selection|screening|admission) (?:forms?|process\w*|procedures?|requirements?|criteria|deadlines?|steps)\b|\b(?:what|which) (?:forms?|documents?|paperwork)\b|\bfill(?:ed|ing)? (?:in|out)\b|\bhow (?:are|is|were|was|will) [^?]{1,50}?\b(?:selected|chosen|appointed|picked|elected|recruited|nominated)\b/u;
/** Is there a subsidy for it? Can companies get a grant?: a grant's existence; the state's own (a national grant) is elsewhere.ts's. */
const ASKS_GRANT_EN = /\b(?:is there|are there|can (?:we|i|they|residents|companies|businesses|firms) (?:get|receive|apply for))\b[^?]{0,30}\b(?:subsid\w*|grants?|allowances?)\b/u;
const STATE_GRANT_EN = /\b(?:national|state|government|central|prefectural)\b/u;
const WHO_APPROVES_EN = /\bwho\b[^?]{0,24}\bapprov\w*\b[^?]{0,40}\b(?:plans?|budgets?|projects?|applications?|proposals?|programmes?|programs?|spending|requests?|reports?)\b/u;
const OF_AGREEMENT_EN = /\bagreements?\b|\bchang\w*|\bamend\w*|\bterminat\w*|\babolish\w*|\brevis\w*/u;
/** A change or an end of the agreement (第6条). */
const CHANGE_OF_AGREEMENT_EN = /\bchang\w*|\bamend\w*|\bterminat\w*|\babolish\w*|\brevis\w*|\bdissol\w*/u;

/** Is it insured? Which insurance covers volunteers?: a term of use, as 保険は掛かる？ asks it. */
const ASKS_TERMS_EN = /\binsur(?:ance|ed)\b/u;

/**
 * Are there fines for a member that does not pay? Sanctions? What if a town refuses to pay?: what
 * follows a breach, as 罰則は？ or 払わなかったら？ asks it (penalties and disputes are read in status.ts).
 * A fine day (Is it fine to meet online? Is it fine if we meet once a year? Is it fine for Ube to host?)
 * is no fine: the noun is plural or has its article. Refusing to agree to a change or an end of the
 * agreement (If a town refuses to agree, can it still be changed?) is 第6条's 協議, no breach.
 */
const ASKS_CONTINGENCY_EN =
  /\bfines\b|\b(?:a|any|the|no) fine\b|\bfined\b|\bsanctions?\b|\bconsequences?\b/u;
const IF_REFUSES_EN =
  /\bif\b[^?]{0,40}\b(?:fails?|refuses?|does ?n[o’']t|do ?n[o’']t|cannot|can[’']t|won[’']t|will not)\b[^?]{0,16}\b(?:pay|comply|agree|attend|sign|approve|cooperate)\b/u;

/**
 * What exactly do the jichikai have to do? What does the prefectural tourism federation do? What is the
 * role of the international association?: a body that is no party, whose duties the agreements
 * cannot set (elsewhere.ts reads JNTO, a DMO and an association before role or do). Not the business
 * associations of 別表1ア's ビジョン懇談会 (経済団体等で構成する).
 */
const OTHER_BODY_EN =
  /\b(?:associations?|federations?|chambers? of commerce|jichikai|neighbou?rhood (?:associations?|groups?|councils?)|npos?|ngos?|volunteer groups?|social welfare councils?|shakyo)\b/u;
/** Business associations, read on the few letters before the body (no lookbehind over the question). */
const PARTNER_BODY_EN = /\b(?:business|economic|industry|industrial) $/u;
const BODY_DUTY_AFTER_EN = /\b(?:role|roles|part|duties|dut(?:y)|tasks?|responsibilit\w*)\b[^?]{0,10}\b(?:of|for)\b/u;
const BODY_DUTY_BEFORE_EN = /\b(?:have to do|has to do|must do|need to do|needs to do|do under|does under|expected to do|supposed to do|in charge of|handle|handles|play|plays)\b/u;

/**
 * Is the agreement audited, evaluated by a third-party committee, reviewed by outside experts?: how
 * the work is judged, as 効果はどう評価する？ asks it. The drafts set no evaluation; 第5条's yearly
 * meeting is a liaison of the mayors, no review of results.
 */
const ASKS_EVALUATION_EN = /\b(?:audit\w*|third[- ]part(?:y|ies)|external (?:reviews?|reviewers?|evaluations?|evaluators?|assessments?|experts?|committees?)|(?:evaluated|assessed|reviewed|audited|checked) by)\b/u;

export function asksEvaluationEn(normalized: string): boolean {
  return ASKS_EVALUATION_EN.test(normalized);
}

export function asksFigureEn(normalized: string): boolean {
  for (const found of normalized.matchAll(ASKS_FIGURE_ALL_EN)) {
    if (!CHANGED_BEFORE_EN.test(normalized.slice(Math.max(0, found.index - 40), found.index))) return true;
  }
  return false;
}

/** Whether the text states the shares is asked, not a figure (第4条). */
export function asksIfCostsWrittenEn(normalized: string): boolean {
  return ASKS_IF_WRITTEN_EN.test(normalized) && ABOUT_COSTS_EN.test(normalized);
}

export function asksWhenEn(normalized: string): boolean {
  return ASKS_WHEN_EN.test(normalized);
}

export function asksOccurrenceEn(normalized: string): boolean {
  return ASKS_OCCURRENCE_EN.test(normalized);
}

export function asksPersonEn(normalized: string): boolean {
  return ASKS_PERSON_EN.test(normalized);
}

export function asksSourceEn(normalized: string): boolean {
  return ASKS_SOURCE_EN.test(normalized);
}

export function asksProcedureEn(normalized: string): boolean {
  return ASKS_PROCEDURE_EN.test(normalized) || (ASKS_GRANT_EN.test(normalized) && !STATE_GRANT_EN.test(normalized)) || (WHO_APPROVES_EN.test(normalized) && !OF_AGREEMENT_EN.test(normalized));
}

export function asksTermsOfUseEn(normalized: string): boolean {
  return ASKS_TERMS_EN.test(normalized);
}

export function asksContingencyEn(normalized: string): boolean {
  return ASKS_CONTINGENCY_EN.test(normalized) || (IF_REFUSES_EN.test(normalized) && !CHANGE_OF_AGREEMENT_EN.test(normalized));
}

/** A body that is no party asked about by its duties (the body named before or after them). */
export function asksOtherBodyEn(normalized: string): boolean {
  const body = OTHER_BODY_EN.exec(normalized);
  if (!body || PARTNER_BODY_EN.test(normalized.slice(Math.max(0, body.index - 12), body.index))) return false;
  return BODY_DUTY_AFTER_EN.test(normalized.slice(0, body.index)) || BODY_DUTY_BEFORE_EN.test(normalized.slice(body.index));
}
