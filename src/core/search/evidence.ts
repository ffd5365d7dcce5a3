/**
 * Evidence: how much of a question's concepts a passage holds, and whether that is enough to answer
 * with it. Ranking (passage-index.ts) uses coverage; abstention (question-answerer.ts) uses all three.
 */
import type { ContentGroup } from './query.ts';

/** The terms of one passage that evidence is judged against. */
export interface EvidenceTerms {
  readonly terms: ReadonlySet<string>;
  /** Terms of the title, section heading, definitions and topic: what the passage is about. */
  readonly titleTerms: ReadonlySet<string>;
  /** Terms standing as whole words in the text (see `Analyzer.standalone`). */
  readonly wholeTerms: ReadonlySet<string>;
}

/** A concept weighing this much is a topic word: held in words, it makes the passage an answer. */
const NAMING_WEIGHT = 0.5;

/** Concepts weighing this little are predicates, modifiers and fragments (see query.ts). */
const LIGHT_WEIGHT = 0.35;

/** What all light concepts a passage lacks weigh together at most, in coverage (0.3 chosen on the development part: 0.6 left placed matters with several describing words just under the bar). */
const LIGHT_BUDGET = 0.3;

/** No fact missing: one list for every passage that lacks none. */
const NO_FACTS: readonly string[] = Object.freeze([]);

/** A concept weighing this much (a word of very few passages) singles a passage out on its own. */
const RARE_WEIGHT = 0.95;

/** What {@link judgeEvidence} finds of one passage. */
export interface EvidenceJudgement {
  coverage: number;
  strong: boolean;
  related: boolean;
  missingFacts: readonly string[];
}

/**
 * Coverage and strength of one passage's evidence. Coverage is the weighted share of the question's
 * concepts the passage contains; a party name counts only where the passage names it. Evidence is
 * strong with two concepts, or one that names the passage (title, heading, a term it defines), or
 * one rare enough to single it out (テクノロジー is in one row only) and used there as a word, and
 * only when the passage states the facts asked for (see facts.ts). Written into `out` when given: the
 * ranking judges every passage of every question, and reuses one.
 */
export function judgeEvidence(groups: readonly ContentGroup[], entry: EvidenceTerms, out: EvidenceJudgement = { coverage: 0, strong: false, related: false, missingFacts: NO_FACTS }): EvidenceJudgement {
  // Plain loops: this runs for every group of every passage a question finds.
  let named = false;
  let viaTopic = false;
  let matchedWeight = 0;
  let countedWeight = 0;
  let matched = 0;
  let singlesOut = false;
  let lightMissed = 0;
  // The facts missing, as a bit per required group (a question asks a few at most): the list is
  // made once per question and set of facts, not once per passage.
  let missing = 0;
  let required = 0;
  for (const g of groups) {
    const hit = holdsConcept(g, entry.terms);
    // A fact held is a condition met, not evidence (the date line of 末文 answers no いつ by itself).
    if (g.required) {
      if (!hit && required < 31) missing |= 1 << required;
      required += 1;
      continue;
    }
    if (hit && !g.optional) {
      // Named: the passage holds the concept in words (its own or a synonym's); a vocabulary concept
      // held only through the row's topic term makes the passage related, not an answer.
      if (g.topic && !holdsAll(g.literal, entry.terms)) viaTopic = true;
      else if (g.weight >= NAMING_WEIGHT) named = true;
    }
    if (hit) {
      matched += 1;
      matchedWeight += g.weight;
      // A rare word counts alone only where the passage uses it as a word: 山口市の人口は？ is not
      // answered by 人口減少 (第1条) or 交流人口 (別表1オ).
      // A glossary meaning is the agreements' own word, so it needs no such check.
      const rare = !g.optional && g.weight >= RARE_WEIGHT && (g.expansions.length > 0 || holdsConcept(g, entry.wholeTerms));
      if (!singlesOut && (rare || holdsConcept(g, entry.titleTerms))) singlesOut = true;
    }
    if (hit) countedWeight += g.weight;
    else if (!g.optional) {
      if (g.weight <= LIGHT_WEIGHT) lightMissed += g.weight;
      else countedWeight += g.weight;
    }
  }
  // Light words the passage lacks (走る, 確保, 上) say how, not what: together they weigh at most
  // LIGHT_BUDGET, so a pile of them cannot veto what the other words clearly point to.
  countedWeight += Math.min(lightMissed, LIGHT_BUDGET);
  const coverage = matchedWeight / Math.max(countedWeight, Number.EPSILON);
  // A passage without the fact asked for (いつ？ 何人？) answers nothing, however well it matches.
  out.coverage = coverage;
  out.strong = missing === 0 && (matched >= 2 || singlesOut);
  out.related = viaTopic && !named;
  out.missingFacts = missing === 0 ? NO_FACTS : listMissingFacts(groups, missing);
  return out;
}

/** The last question's lists of missing facts, by bit mask (see judgeEvidence). */
let factLists: { groups: readonly ContentGroup[]; byMask: Map<number, readonly string[]> } | undefined;

function listMissingFacts(groups: readonly ContentGroup[], mask: number): readonly string[] {
  if (factLists?.groups !== groups) factLists = { groups, byMask: new Map() };
  let list = factLists.byMask.get(mask);
  if (list === undefined) {
    const labels = groups.filter((g) => g.required).map((g) => g.label);
    list = Object.freeze(labels.filter((_, i) => i >= 31 || (mask & (1 << i)) !== 0));
    factLists.byMask.set(mask, list);
  }
  return list;
}

/** The vocabulary words of the question that the passage holds only through its topic term. */
export function unnamedTopics(groups: readonly ContentGroup[], entry: Pick<EvidenceTerms, 'terms'>): string[] {
  return groups.filter((g) => g.topic && holdsConcept(g, entry.terms) && !holdsAll(g.literal, entry.terms)).map((g) => g.label);
}

/** True when every term is in the set (and there is at least one). */
function holdsAll(terms: readonly string[], set: ReadonlySet<string>): boolean {
  return terms.length > 0 && terms.every((t) => set.has(t));
}

/** True when a passage's terms hold the concept: every term of one of its phrases. */
export function holdsConcept(group: ContentGroup, terms: ReadonlySet<string>): boolean {
  for (const phrase of group.phrases) {
    let all = true;
    for (const term of phrase) {
      if (!terms.has(term)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
