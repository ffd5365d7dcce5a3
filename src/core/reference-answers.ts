/**
 * Questions that name a passage (第4条, 別表3(1)エ) or an annex section (別表1, 2番目の柱): the
 * passages named answer, narrowed to the topic the question picks out, unless the fact asked is one
 * they do not state.
 */
import { composeMissingFactMessage, composeSectionNote, nameFacts, toAnswer } from './answer/compose.ts';
import { readingOf, toPointer, type ResultMaker } from './answer/results.ts';
import type { AskResult, Intent } from './answer/types.ts';
import type { createDocumentAnswers } from './document-answers.ts';
import type { QuestionAnalysis } from './question-reading.ts';
import { holdsConcept } from './search/evidence.ts';
import { FIGURE_TERM } from './search/facts.ts';
import type { buildPassageIndex } from './search/passage-index.ts';
import type { Passage } from './search/passages.ts';
import { blankSpans } from './search/query.ts';
import { isAnnexSection, refCovers } from './search/references.ts';

/** What answering a reference needs from the engine being built. */
export interface ReferenceAnswerParts {
  readonly passages: readonly Passage[];
  readonly index: ReturnType<typeof buildPassageIndex>;
  readonly documents: ReturnType<typeof createDocumentAnswers>;
  readonly agreementIds: readonly string[];
  readonly minCoverage: number;
  readonly results: ResultMaker;
}

/** How many rows (いくつ？ 何項目？): the count a section's rows show when listed. */
const COUNT_ASKED = /いくつ|幾つ|何個|何項目|何本|何種類|何分野|\bhow many\b/u;
/** 書いていない？ 定めはない？: whether a passage leaves something out. */
const ASKS_IF_LEFT_OUT = /(?:書いて|書かれて|載って|定めて|記載して|決めて)(?:い)?(?:ない|ません)|記載(?:が|は)?(?:ない|ありません)|定め(?:が|は)?(?:ない|ありません)/u;

/**
 * Answers a reading whose references exist. `undefined` when a section was named with a topic no
 * passage holds (別表1の予算は？): the question is then to be read as if no section were named.
 *
 * @example
 * const answerReferences = createReferenceAnswers(parts);
 * answerReferences('第6条を見せて', false, reading, 'quote', 6)?.answers[0]?.ref; // → '第6条'
 */
export function createReferenceAnswers(parts: ReferenceAnswerParts): (question: string, truncated: boolean, reading: QuestionAnalysis, intent: Intent, limit: number) => AskResult | undefined {
  const { passages, index, documents, agreementIds, minCoverage, results } = parts;

  /**
   * The rows of a section the question's topic picks out (別表1の観光の取組は？ → 別表1エ), or all of
   * them when it names none (別表1には何が並んでる？) or no row answers it.
   */
  function narrowToTopic(rows: readonly Passage[], reading: QuestionAnalysis): readonly Passage[] | undefined {
    const { groups, normalized, excluded, preferred } = reading;
    if (!groups.some((g) => !g.optional && !g.framing && !g.required)) return rows;
    const topicGroups = groups.filter((g) => !g.required);
    const ranked = index.rank({ groups: topicGroups, content: blankSpans(normalized, excluded), intent: 'search', preferred, articleWanted: false });
    const strong = ranked.filter((r) => r.coverage >= minCoverage && r.strong).map((r) => r.passage);
    const picked = strong.filter((p) => rows.includes(p));
    if (picked.length > 0) return picked;
    // 別表1に防災はある？: a topic no row of the section holds is answered where it is (別表3(1)エ),
    // the section's own rows listed beside it. Words an article holds and no row (別表1の取組, 役割: 第3条)
    // speak of the annex itself, and the rows answer; 別表1の予算は？, held nowhere, is read as if no section were named.
    const elsewhere = strong.filter((p) => p.kind === 'annex-row');
    if (elsewhere.length > 0) return elsewhere;
    const governing = new Set(rows.map((row) => documents.governingArticle(row)?.id));
    if (strong.some((p) => governing.has(p.id))) return rows;
    // Words no passage holds that are no topic (何が並んでる？) leave the rows to answer, and so does a
    // topic the rows hold in part (別表3(3)の政策分野名は？: 政策分野 is in their heading).
    const topics = groups.filter((g) => !g.optional && !g.framing && !g.required);
    const heldInPart = rows.some((row) => topics.some((g) => holdsConcept(g, index.entries.get(row.id)?.terms ?? new Set())));
    return (strong.length === 0 && !reading.hasTopic) || heldInPart ? rows : undefined;
  }

  return function answerReferences(question, truncated, reading, intent, limit) {
    const { normalized, resolution, references, preferred, groups } = reading;
    // Each ref once: 協約2の第4条と協約1の第4条 names 第4条 twice, and would quote it twice per draft.
    const refs = [...new Set(references.map((r) => r.ref))];
    const covered = refs.flatMap((ref) => passages.filter((p) => refCovers(ref, p.ref) && (preferred === undefined || preferred.has(p.agreement.id))));
    const sections = refs.filter(isAnnexSection);
    const cited = sections.length > 0 ? narrowToTopic(covered, reading) : covered;
    if (cited === undefined) return undefined;
    // 第6条の議決は特別多数決？ 第4条の負担金はいくら？: the passage named does not state the fact
    // asked. Said so, with the passage as the place to check, rather than quoted as if it did.
    // How many rows a section has (別表1には取組がいくつ？) is what listing them shows.
    const facts = groups.filter((g) => g.required && !(sections.length > 0 && g.label === FIGURE_TERM && COUNT_ASKED.test(normalized)));
    const unstated = facts.filter((g) => !cited.some((p) => holdsConcept(g, index.entries.get(p.id)?.terms ?? new Set())));
    const named = nameFacts(unstated.map((g) => g.label));
    // 第4条には金額が書いていないということ？: whether the passage leaves it out, which quoting it answers.
    if (named.length > 0 && cited[0] && !ASKS_IF_LEFT_OUT.test(normalized)) {
      const nearest = cited.slice(0, 3).map(toPointer);
      return { ...results.abstain(question, truncated, intent, composeMissingFactMessage(named, nearest[0])), nearest };
    }
    const answers = cited.map((p) => toAnswer(p, 1));
    const shown = new Set(cited.map((p) => p.ref)).size;
    const sectionNotes = sections.map((ref) => composeSectionNote(ref, covered));
    const result = results.respond(question, truncated, intent, answers.slice(0, Math.max(limit, shown * agreementIds.length)), { ...readingOf(resolution), notes: resolution.notes, leading: resolution.leading });
    // 別表1には何が並んでる？: the section's outline leads; what the first row says follows it.
    return sectionNotes.length === 0 ? result : { ...result, summary: [...sectionNotes, result.summary].join('\n') };
  };
}
