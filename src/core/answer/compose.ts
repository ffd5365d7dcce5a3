/**
 * Answer composition: turns ranked passages into the answer model, and writes the one Japanese
 * sentence that answers directly. Every quoted text comes from the corpus unchanged; this module
 * only frames it.
 */
import { CONCLUDING_TERM, CONTINGENCY_TERM, DATE_TERM, ELSEWHERE_TERM, FIGURE_TERM, MANNER_TERM, OUTSIDER_TERM, PERSON_TERM, PLACE_TERM, PROCEDURE_TERM, SOURCE_TERM, STATUS_TERM, TERMS_OF_USE_TERM, WHEN_TERM } from '../search/facts.ts';
import type { Passage } from '../search/passages.ts';
import { formatRoleKey } from '../search/passages.ts';
import type { MemberResolution } from '../region/resolve-members.ts';
import type { Answer, AnswerGroup, AskResult, Confidence, Intent, PartyReading } from './types.ts';

/** Example questions shown in help and when the engine abstains. */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  '災害対応は誰が担当？',
  '費用負担はどう決まる？',
  '第6条を見せて',
  '移住促進で宇部市は何をする？',
  '連絡会議は誰が開く？',
  '別表3(2)ア',
  // The kinds staff would not guess the bot answers (shown on the Home tab, which lists eight).
  '萩市の役割を一覧にして',
  '連携協約1と2の違いは？',
];

export const ABSTAIN_MESSAGE =
  '協約の条文・別表には、この質問にはっきり答える箇所が見つかりませんでした。協約の目的・費用分担・連絡会議・変更の手続や、別表の取組（観光、医療、災害対策、公共交通、移住促進など）について聞いてください。';

/**
 * The abstention for a question whose topic a passage matches but which asks a fact no passage
 * states (次回の連絡会議はいつ？): what is missing, and where the topic is.
 *
 * @example composeMissingFactMessage(['個々の開催日や日程'], { agreement: '連携協約1', ref: '第5条', title: '連絡会議' })
 * // → '協約の条文・別表には、個々の開催日や日程は書かれていません。話題が近いのは 連携協約1 第5条（連絡会議）です。'
 */
export function composeMissingFactMessage(facts: readonly string[], nearest?: { agreement: string; ref: string; title: string }): string {
  const missing = `協約の条文・別表には、${facts.join('や')}は書かれていません。`;
  if (!nearest) return missing;
  const title = nearest.title === nearest.ref ? '' : `（${nearest.title}）`;
  return `${missing}話題が近いのは ${nearest.agreement} ${nearest.ref}${title}です。`;
}

/**
 * The abstention for a question whose words a passage matches, withdrawn because questions asked
 * like it are ones the agreements do not answer (the example vote): no answer, but where the words
 * led, for the asker to check.
 *
 * @example composeWithdrawnMessage({ agreement: '連携協約1', ref: '前文', title: '前文' })
 * // → '協約の条文・別表には、この質問にはっきり答える箇所が見つかりませんでした。質問の言葉が多く出てくるのは 連携協約1 前文です。'
 */
export function composeWithdrawnMessage(nearest: { agreement: string; ref: string; title: string }): string {
  const title = nearest.title === nearest.ref ? '' : `（${nearest.title}）`;
  return `協約の条文・別表には、この質問にはっきり答える箇所が見つかりませんでした。質問の言葉が多く出てくるのは ${nearest.agreement} ${nearest.ref}${title}です。`;
}

export const SMALL_TALK_MESSAGE = 'こちらは連携協約について答えるボットです。協約の条文や別表の取組について、知りたいことを聞いてください。';

export const EMPTY_QUESTION_MESSAGE = '質問が空でした。協約について知りたいことを書いてください。';

/** A question of emoji, symbols or punctuation only: it was not empty, so do not say so. */
export const WORDLESS_QUESTION_MESSAGE = `質問を言葉として読み取れませんでした（絵文字や記号だけのようです）。協約について知りたいことを文章で書いてください。例: 「${EXAMPLE_QUESTIONS[0] ?? ''}」「${EXAMPLE_QUESTIONS[2] ?? ''}」`;

/**
 * What to say to a question with no letter or digit: empty (nothing but blanks) or wordless.
 * @param normalized - the question after normalizeText
 */
export function composeNoQuestionMessage(normalized: string): string {
  return normalized.trim() === '' ? EMPTY_QUESTION_MESSAGE : WORDLESS_QUESTION_MESSAGE;
}

export function toAnswer(passage: Passage, score: number, confidence: Confidence = 'answer'): Answer {
  return {
    confidence,
    agreement: passage.agreement.id,
    ref: passage.ref,
    kind: passage.kind,
    title: passage.title,
    quote: passage.quote,
    roles: Object.fromEntries(passage.partyRoles.map((r) => [formatRoleKey(r), r.role])),
    partyRoles: passage.partyRoles,
    citation: passage.citation,
    score: Math.round(score * 1000) / 1000,
  };
}

/** Groups answers with the same ref and the same quote (the drafts share most text), in rank order. */
export function groupAnswers(answers: readonly Answer[]): AnswerGroup[] {
  const groups: { ref: string; quote: string; kind: Answer['kind']; title: string; answers: Answer[] }[] = [];
  for (const answer of answers) {
    const group = groups.find((g) => g.ref === answer.ref && g.quote === answer.quote);
    if (group) group.answers.push(answer);
    else groups.push({ ref: answer.ref, quote: answer.quote, kind: answer.kind, title: answer.title, answers: [answer] });
  }
  return groups;
}

/** `別表3(1)エ` → `別表3(1)エ「災害対策」`, `第4条` → `第4条（費用分担）`. */
export function describePassage(answer: Pick<Answer, 'ref' | 'kind' | 'title'>): string {
  if (answer.kind === 'article') return `${answer.ref}（${answer.title}）`;
  if (answer.kind === 'annex-row') return `「${answer.title}」（${answer.ref}）`;
  return answer.ref;
}

/** What the direct answer knows besides the passages: the members named, notes, related terms. */
export interface SummaryContext {
  /** How the question's members map onto the agreement's parties (萩市 → 乙). */
  readonly reading?: PartyReading;
  /** Sentences said beside the answer (two 連携市町 have no agreement with each other). */
  readonly notes?: readonly string[];
  /** The question's words that no passage names and that the vocabulary placed in the top row. */
  readonly relatedTerms?: readonly string[];
  /** The first passage is what similar questions were answered with, not what the question's words found. */
  readonly byExamples?: boolean;
}

/** The name a party goes by in this answer: the member the question named, else the bot's name for it. */
function partyName(role: Answer['partyRoles'][number], answer: Answer, reading: PartyReading | undefined): string {
  if (reading && reading.agreement === answer.agreement) return reading.names[role.symbol] ?? role.displayName;
  return role.displayName;
}

/** `山口市（甲）は「…」、萩市（乙）は「…」` for one agreement's row; the named member first. */
function describeRoles(answer: Answer, reading: PartyReading | undefined): string {
  const named = (name: string): boolean => reading?.named.some((n) => name.split('と').includes(n)) ?? false;
  const roles = [...answer.partyRoles].sort((a, b) => Number(named(partyName(b, answer, reading))) - Number(named(partyName(a, answer, reading))));
  return roles.map((r) => `${partyName(r, answer, reading)}（${r.symbol}）は「${r.role}」`).join('、');
}

/** 「連携協約1（甲 宇部市・乙 萩市）」: the agreement as the named members hold it. */
function describeAgreementFor(reading: PartyReading): string {
  return `${reading.agreement}（${Object.entries(reading.names).map(([symbol, name]) => `${symbol} ${name}`).join('・')}）`;
}

/** Sentences said beside the quote about which agreement answers and how it is read. */
function readingNotes(reading: PartyReading | undefined): string[] {
  if (!reading) return [];
  const notes: string[] = [];
  const partner = reading.named.find((n) => n !== reading.readAs?.as) ?? '';
  if (reading.readAs) {
    notes.push(`※ ${reading.readAs.as}と${partner}の協約は、${reading.agreement}の「${reading.readAs.printed}」を「${reading.readAs.as}」と読み替えたものです（${reading.readAs.basis ?? '注記'}）。引用は協約案の原文のままです。`);
  }
  if (reading.alsoWith.length > 0) {
    notes.push(`※ ${partner}は${reading.alsoWith.join('・')}とも同じ内容の協約（${reading.agreement}の「${Object.values(reading.names).find((n) => !reading.named.includes(n)) ?? ''}」を${reading.alsoWith.join('・')}と読み替えたもの）を結びます。`);
  }
  return notes;
}

/**
 * The direct answer. For role questions about an annex row, one sentence naming each party's
 * role in each draft; otherwise a sentence saying which passage answers.
 */
export function composeSummary(intent: Intent, groups: readonly AnswerGroup[], context: SummaryContext = {}): string {
  const top = groups[0];
  const first = top?.answers[0];
  if (!top || !first) return ABSTAIN_MESSAGE;
  const reading = context.reading;
  const lines = [composeLead(intent, groups, top, first, context), ...(context.notes ?? []), ...readingNotes(reading)];
  return lines.join('\n');
}

function composeLead(intent: Intent, groups: readonly AnswerGroup[], top: AnswerGroup, first: Answer, context: SummaryContext): string {
  const reading = context.reading;
  // Every draft quoted for the top ref, even where their texts differ (and so are separate groups).
  const sameRef = groups.filter((g) => g.ref === top.ref).flatMap((g) => g.answers);
  const agreements = [...new Set(sameRef.map((a) => a.agreement))].join('・');
  const where = reading && sameRef.every((a) => a.agreement === reading.agreement) ? describeAgreementFor(reading) : agreements;
  const related = first.confidence === 'related' && (context.byExamples === true || (context.relatedTerms?.length ?? 0) > 0);
  const lead = !related
    ? ''
    : context.byExamples
      ? `質問の言葉どおりに答える箇所は見つかりませんでしたが、似た質問には${describePassage(first)}が答えています。`
      : `協約に「${(context.relatedTerms ?? []).join('」「')}」という語はありませんが、近い取組は${describePassage(first)}です。`;
  if (top.kind === 'annex-row' && (intent === 'role' || intent === 'search')) {
    const roles = sameRef.length === 1 ? describeRoles(first, reading) : sameRef.map((a) => `${a.agreement}で${describeRoles(a, reading)}`).join('、');
    const subject = reading && sameRef.length === 1 ? `${where}の` : '';
    // After a related lead the row is named already: say only whose roles follow.
    if (related) return `${lead}${reading && sameRef.length === 1 ? `${where}では、` : ''}${roles}とされています。`;
    return `${lead}${subject}${describePassage(first)}では、${roles}とされています。`;
  }
  if (related) return lead;
  if (intent === 'reference' || intent === 'quote') return `${where}の${describePassage(first)}の全文です。`;
  return `${where}の${describePassage(first)}に定めがあります。`;
}

/** 「第7条はありません。この協約は第1条〜第6条です。」: what a reference to nothing should say. */
export function composeMissingReference(refs: readonly string[], passages: readonly Passage[]): string {
  const articles = [...new Set(passages.filter((p) => p.kind === 'article').map((p) => p.ref))];
  const rows = [...new Set(passages.filter((p) => p.kind === 'annex-row').map((p) => p.ref))];
  const range = (list: readonly string[]): string => (list.length > 1 ? `${list[0] ?? ''}〜${list.at(-1) ?? ''}` : (list[0] ?? ''));
  return `${refs.join('・')}はありません。協約の本文は${range(articles)}、別表は${range(rows)}（${rows.length}行）です。前文と末文もあります。`;
}

/** 「観光」（別表1エ）は別表（第３条関係）の行で、第3条（連携する取組）が定めています。 */
export function composeGoverningNote(article: Passage, row: Passage): string {
  return `「${row.title}」（${row.ref}）は${row.agreement.annex.title}の行で、${article.ref}（${article.title}）がこの別表を定めています。`;
}

/**
 * Said beside the rows of a section named by number: its heading as printed and each row's title.
 *
 * @example composeSectionNote('別表2', rows) // → '別表2（高次の都市機能の集積・強化）の取組は4件です：ア 高度な医療サービスの提供体制構築の支援、イ …'
 */
export function composeSectionNote(ref: string, rows: readonly Passage[]): string {
  const own = [...new Map(rows.filter((p) => p.ref.startsWith(ref)).map((p) => [p.ref, p])).values()];
  const first = own[0];
  if (!first) return '';
  const oneSection = own.every((p) => p.section === first.section);
  const heading = oneSection ? first.sectionTitle : (first.heading.split(' ')[0] ?? '');
  const label = (p: Passage): string => (oneSection ? p.ref.slice(`別表${p.section}`.length) : p.ref.slice('別表'.length));
  return `${ref}（${heading}）の取組は${own.length}件です：${own.map((p) => `${label(p)} ${p.title}`).join('、')}。`;
}

/** Said when the annex as a whole is asked about: 「別表の見出しは「別表（第３条関係）」で、第3条…」. */
export function composeAnnexNote(article: Passage): string {
  return `別表の見出しは「${article.agreement.annex.title}」で、${article.ref}（${article.title}）がこの別表を定めています。`;
}

/** A follow-up's result, saying which earlier topic it used: 「観光について、宇部市の場合：」. */
export function addFollowUpLead(result: AskResult, label: string, reading: { readonly resolution: MemberResolution; readonly mentioned: readonly { readonly party: { readonly word: string } }[] }): AskResult {
  const who = [...reading.resolution.mentions.map((m) => m.member.name), ...reading.mentioned.map((m) => m.party.word)];
  const lead = label === '' ? '' : `${label}について${who.length > 0 ? `、${[...new Set(who)].join('・')}の場合` : ''}：\n`;
  return { ...result, summary: `${lead}${result.summary}`, followUpOf: { label } };
}

/** How the abstention names each fact the agreements do not state (user-facing, Japanese). */
const FACT_NAMES: Readonly<Record<string, string>> = {
  [FIGURE_TERM]: '数値（人数・金額・件数など）',
  [WHEN_TERM]: '日時や期限',
  [DATE_TERM]: '個々の開催日や日程',
  [SOURCE_TERM]: '問い合わせ先や掲載場所',
  [PERSON_TERM]: '人・施設・事業の名前',
  [PLACE_TERM]: '会場や場所',
  [PROCEDURE_TERM]: '申請の手続き・要件や補助の制度',
  [TERMS_OF_USE_TERM]: '事業の利用条件（使える人・開いている日・料金・保険・持ち物など）',
  [STATUS_TERM]: '進み具合・経緯・優劣やおすすめ',
  [CONTINGENCY_TERM]: '協議がまとまらない・取決めが守られない・首長が替わるといった場合の扱い',
  [ELSEWHERE_TERM]: 'ほかの圏域や国・県の制度、市町以外の団体の負担や役割、各市町の計画や条例、ほかの文書や法律の条文そのもの',
  [OUTSIDER_TERM]: '圏域の構成市町ではない市町との協約',
  [MANNER_TERM]: '会議の開き方や署名の仕方（公開・オンライン・書面・電子署名・代理など）',
  [CONCLUDING_TERM]: '協約を結ぶときの手続や議決（第6条の議決は変更・廃止のときのもの）',
};

/** The Japanese names of fact terms, in order, each once (unknown terms are skipped). */
export function nameFacts(terms: readonly string[]): string[] {
  return [...new Set(terms)].flatMap((t) => (FACT_NAMES[t] ? [FACT_NAMES[t]] : []));
}

/**
 * 「※「廃址」を「廃止」と読みました。」: each typo the engine read as the agreements' word, said
 * beside the answer so the asker can tell when the guess was wrong.
 */
export function composeTypoNotes(groups: readonly { readonly corrected?: { readonly typed: string; readonly meant: string } }[]): string[] {
  return groups.flatMap((g) => (g.corrected ? [`※「${g.corrected.typed}」を「${g.corrected.meant}」と読みました。`] : []));
}
