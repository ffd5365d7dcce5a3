/**
 * The engine's public answer model: what every adapter (CLI, Slack) renders.
 * Adapters depend on these types only, never on the index or tokenizer.
 */

/** What kind of passage an answer quotes. */
export type PassageKind = 'preamble' | 'article' | 'closing' | 'note' | 'annex-row';

/** What the question asked for, as understood by the engine. */
export type Intent =
  /** 誰 / 役割 / 担当 / who: state each party's role. */
  | 'role'
  /** 見せて / 条文 / 全文 / quote: the whole text. */
  | 'quote'
  /** The question is only a reference (第4条, 別表3(1)エ): that passage of every draft. */
  | 'reference'
  /** Anything else: the best passages. */
  | 'search';

/** One party's role in an annex row. */
export interface PartyRole {
  /** Party symbol as the agreement uses it: 甲, 乙, 両市. */
  readonly symbol: string;
  /** The party's name as printed (山口市, ○○市町, 山口市及び宇部市). */
  readonly name: string;
  /** How the bot names the party in a sentence (山口市, 連携市町, 山口市と宇部市). */
  readonly displayName: string;
  /** The role text, verbatim. */
  readonly role: string;
}

/**
 * How an answer relates to the question: `answer` when the passage names what was asked (in its
 * own words or a synonym's), `related` when only a policy area covers it (乗合タクシー → 地域公共交通).
 */
export type Confidence = 'answer' | 'related';

/** How the members a question names map onto one agreement's parties. */
export interface PartyReading {
  /** The agreement that governs the named members. */
  readonly agreement: string;
  /** Party symbol → the member it stands for here: { 甲: '宇部市', 乙: '萩市' }. */
  readonly names: Readonly<Record<string, string>>;
  /** The members named in the question, in order. */
  readonly named: readonly string[];
  /** A printed party name read as another member (the 宇部市 version of 連携協約1), with its basis. */
  readonly readAs?: { readonly printed: string; readonly as: string; readonly basis?: string };
  /** Other members holding the same agreement with the named one under another reading (a 連携市町 alone: 宇部市). */
  readonly alsoWith: readonly string[];
}

/** One quoted passage of one agreement. */
export interface Answer {
  /** `answer`, or `related` when only a policy area covers the question. */
  readonly confidence: Confidence;
  /** The agreement's id with a half-width digit: 連携協約1. */
  readonly agreement: string;
  /** Stable reference: 第1条…第6条 (half-width), 前文, 末文, 注記1, 別表1ア … 別表3(3)ア. */
  readonly ref: string;
  readonly kind: PassageKind;
  /** Article caption without brackets (目的), row title (災害対策), or 前文 / 末文 / note title. */
  readonly title: string;
  /** Verbatim text: an article's whole text, or an annex row's description (取組). */
  readonly quote: string;
  /** Annex rows only: each party's role, keyed `甲（山口市）`, `乙（○○市町）`, `両市（山口市及び宇部市）`. Empty for other passages. */
  readonly roles: Readonly<Record<string, string>>;
  /** The same roles with party details, in the agreement's party order. */
  readonly partyRoles: readonly PartyRole[];
  /** A citation a person can check on paper: 連携協約1（山口市・連携市町）別表（第３条関係）3(1)エ 災害対策. */
  readonly citation: string;
  /** Relevance score (higher is better); 1 for exact reference lookups. */
  readonly score: number;
}

/** Answers from several drafts that quote the same text, shown once with every citation. */
export interface AnswerGroup {
  readonly ref: string;
  readonly kind: PassageKind;
  readonly title: string;
  readonly quote: string;
  /** The grouped answers, best first; their citations and roles all remain. */
  readonly answers: readonly Answer[];
}

/**
 * What kind of reply a result is: the best passages (most questions), a party's whole role table,
 * the differences between the drafts, a definition of a party word, or the 圏域's members.
 */
export type ResultKind = 'passages' | 'role-table' | 'comparison' | 'definition' | 'membership';

/** One party's column of a role table. */
export interface RoleTableParty {
  /** 甲, 乙, 両市. */
  readonly symbol: string;
  /** The member it stands for when the question named one (萩市), else the bot's name for it (連携市町). */
  readonly name: string;
  /** The role text when it is the same in every row (it is, in both drafts), verbatim; else undefined. */
  readonly sameRole?: string;
}

/** Every annex row of one agreement with the roles of the parties asked about, in annex order. */
export interface RoleTable {
  readonly agreement: string;
  readonly parties: readonly RoleTableParty[];
  /** The annex's sections in order (3(1), 3(2) … are sections of their own), each with its rows. */
  readonly sections: readonly {
    /** The section's heading as printed (with its subsection's for 3(1)…). */
    readonly heading: string;
    readonly rows: readonly { readonly ref: string; readonly title: string; readonly roles: Readonly<Record<string, string>> }[];
  }[];
}

/** A changed stretch of one draft's text: [start, end) in UTF-16 code units of `text`, as String#slice takes them. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** One passage that differs between two drafts, with what changed in each. */
export interface Difference {
  readonly ref: string;
  readonly title: string;
  /** Each draft's normalised text (the extraction's whitespace removed) and its changed spans. */
  readonly drafts: readonly { readonly agreement: string; readonly text: string; readonly changed: readonly TextSpan[] }[];
}

/** The drafts compared passage by passage (computed from the corpus, never written by hand). */
export interface Comparison {
  /** The two agreements compared, in corpus order. */
  readonly agreements: readonly [string, string];
  readonly differences: readonly Difference[];
  /** Refs whose texts are the same in both. */
  readonly same: readonly string[];
  /** Refs only one draft has, with the draft. */
  readonly onlyIn: readonly { readonly ref: string; readonly agreement: string }[];
}

/** A member of the 圏域 as the region data states it. */
export interface MemberEntry {
  readonly name: string;
  /** 連携中枢都市 or 連携市町. */
  readonly role: string;
  readonly prefecture: string;
  /** The agreements it holds: each with its party symbol and the partner. */
  readonly agreements: readonly { readonly agreement: string; readonly symbol: string; readonly partner: string; readonly readAs?: string }[];
}

/** A passage named by its agreement and ref, with its title: what curators' tools list. */
export interface PassageRef {
  readonly agreement: string;
  readonly ref: string;
  readonly title: string;
}

/** The engine's reply to one question. */
export interface AskResult {
  /** The question as the engine used it (possibly cut to the maximum length). */
  readonly question: string;
  /** True when the question was longer than the maximum and was cut. */
  readonly truncated: boolean;
  readonly intent: Intent;
  /** True when nothing in the agreements answers with confidence: `answers` is then empty. */
  readonly abstained: boolean;
  /** The direct answer in Japanese (for role questions one sentence naming each party), or the abstention message. */
  readonly summary: string;
  /** Example questions to suggest (filled when abstaining). */
  readonly suggestions: readonly string[];
  /** Ranked answers, best first. */
  readonly answers: readonly Answer[];
  /** `answers` grouped by identical ref + quote across drafts, in rank order. */
  readonly groups: readonly AnswerGroup[];
  /** The members the question named and the agreement that governs them, when it named any. */
  readonly reading?: PartyReading;
  /** What kind of reply this is; absent means `passages`. */
  readonly kind?: ResultKind;
  /** `role-table`: one table per agreement asked about. */
  readonly roleTables?: readonly RoleTable[];
  /** `comparison`: the drafts' differences. */
  readonly comparison?: Comparison;
  /** `membership` (and `definition` of a member word): the members meant, from the region data. */
  readonly members?: readonly MemberEntry[];
  /**
   * What a follow-up in the same thread can build on: the question's topic in the asker's words
   * (観光) and the question itself. Absent when the reply has no topic (an abstention, a table).
   */
  readonly topic?: { readonly label: string; readonly question: string };
  /** Set when this reply read the question with an earlier one's topic: 「観光について、宇部市の場合：」. */
  readonly followUpOf?: { readonly label: string };
  /**
   * Abstentions after a search only: the best candidates (at most 3), judged too weak to answer
   * with. Never shown to the asker; logged so a curator sees where the question should have gone.
   */
  readonly nearest?: readonly PassageRef[];
}

/** One annex row as pickers list it. */
export interface AnnexRowEntry {
  /** 別表3(1)エ. */
  readonly ref: string;
  /** The section key: `1`, `3(1)`. */
  readonly section: string;
  /** The section's heading as printed (for 3(1): the subsection's): 生活機能の強化に係る政策分野. */
  readonly sectionTitle: string;
  /** The row's title: 災害対策. */
  readonly title: string;
  /** The agreements holding this row, in corpus order. */
  readonly agreements: readonly string[];
}

/** Options of `QuestionAnswerer.ask`. */
export interface AskOptions {
  /** How many answers at most (both drafts of one ref count as two); role tables are never cut. */
  readonly limit?: number;
  /**
   * The previous reply's topic in this conversation (see {@link AskResult.topic}). A question that
   * names no topic of its own (宇部市の場合は？ 第何条に書いてある？) is read with it.
   * @example engine.ask('宇部市の場合は？', { context: previous.topic })
   */
  readonly context?: { readonly label: string; readonly question: string };
}

/** Options of `QuestionAnswerer.warmUp`. */
export interface WarmUpOptions {
  /**
   * Passes over the generated questions (about 700 each).
   * @defaultValue 3
   */
  readonly rounds?: number;
  /**
   * How many of the example bank's questions (real staff questions of the development part, spread
   * over the bank) are asked once after the generated ones. Their shapes reach code the generated
   * questions leave cold; see warm-up.ts for what they measured. 0: none.
   * @defaultValue 4000
   */
  readonly examples?: number;
  /**
   * Milliseconds of work between yields to the event loop: the longest a real question waits.
   * @defaultValue 5
   */
  readonly sliceMs?: number;
}

/** The engine as adapters see it. */
export interface QuestionAnswerer {
  /**
   * Answers one question; never throws for any input string. `context` is the topic of the
   * previous reply in the same conversation (its `topic`), for follow-ups like 宇部市の場合は？.
   */
  ask(question: string, options?: AskOptions): AskResult;
  /** Looks up one passage by agreement and ref (for 「全文を見る」 buttons and the App Home picker). */
  lookup(agreement: string, ref: string): Answer | undefined;
  /** All annex rows, in document order, for pickers: one entry per ref with the agreements that hold it. */
  listAnnexRows(): readonly AnnexRowEntry[];
  /** Example questions for help texts. */
  readonly examples: readonly string[];
  /**
   * Answers questions made from the corpus to itself, in slices of a few milliseconds between
   * other work, so the JIT has compiled the hot code before staff ask (see src/core/warm-up.ts).
   * Long-running entry points start it once, after start-up. Never rejects: a failure (a bug) goes
   * to the engine's onError and ends the warm-up. Resolves to how many questions it answered.
   */
  warmUp(options?: WarmUpOptions): Promise<number>;
}
