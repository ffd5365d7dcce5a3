/**
 * Reads the bot's JSON log lines one at a time and keeps only aggregates: counts per normalised
 * question for the lines a curator acts on (abstentions, related answers, 👎), and engine-time
 * histograms per surface and day. Memory grows with distinct such questions and days, never with
 * the number of lines.
 */
import { normalizeText } from '../core/text/normalize.ts';

/** A passage as the log names it. */
export interface LoggedPassage {
  readonly agreement: string;
  readonly ref: string;
  readonly title?: string;
}

/** Questions, abstentions and engine time of one slice of the log (all, one surface, one day). */
export interface Figures {
  readonly questions: number;
  readonly abstained: number;
  /** abstained / questions (0 when there are none). */
  readonly abstentionRate: number;
  readonly related: number;
  /** Median engine time in milliseconds (null when no line had one). */
  readonly medianEngineMs: number | null;
  readonly p99EngineMs: number | null;
}

/** What `npm run report -- --json` prints. Each list is sorted by count, most first. */
export interface LogReport {
  /** question_answered lines read. */
  readonly questions: number;
  /** Lines that are not the bot's JSON (text, broken or foreign JSON). */
  readonly skipped: number;
  /** The bot's other lines (start-up, reconnects, errors): read and left aside. */
  readonly otherEvents: number;
  /** Question and feedback lines without question text (LOG_QUESTIONS=false): counted in the figures only. */
  readonly withoutQuestion: number;
  readonly abstained: readonly { readonly question: string; readonly count: number; readonly nearest: readonly LoggedPassage[] }[];
  readonly related: readonly { readonly question: string; readonly count: number; readonly answers: readonly LoggedPassage[] }[];
  readonly negativeFeedback: readonly { readonly question: string; readonly refs: readonly string[]; readonly count: number }[];
  readonly feedback: { readonly up: number; readonly down: number };
  readonly overall: Figures;
  readonly bySurface: readonly ({ readonly surface: string } & Figures)[];
  /** Days in Japan time (UTC+9), oldest first. */
  readonly byDay: readonly ({ readonly day: string } & Figures)[];
}

/** The key a question is grouped by: normalised (NFKC, width, case, spaces) without trailing punctuation. */
export function normalizeQuestion(question: string): string {
  return normalizeText(question).replace(/[\p{P}\p{S}\s]+$/u, '');
}

/** Engine times are logged to 0.1 ms: one histogram bucket per logged value, so percentiles are exact. */
class Slice {
  questions = 0;
  abstained = 0;
  related = 0;
  readonly #tenths = new Map<number, number>();
  #timed = 0;

  add(abstained: boolean, related: boolean, engineMs: number | undefined): void {
    this.questions += 1;
    if (abstained) this.abstained += 1;
    if (related) this.related += 1;
    if (engineMs === undefined) return;
    const key = Math.round(engineMs * 10);
    this.#tenths.set(key, (this.#tenths.get(key) ?? 0) + 1);
    this.#timed += 1;
  }

  figures(): Figures {
    return {
      questions: this.questions,
      abstained: this.abstained,
      abstentionRate: this.questions === 0 ? 0 : this.abstained / this.questions,
      related: this.related,
      medianEngineMs: this.#percentile(0.5),
      p99EngineMs: this.#percentile(0.99),
    };
  }

  /** The nearest-rank percentile: the smallest value with at least p of the values at or below it. */
  #percentile(p: number): number | null {
    if (this.#timed === 0) return null;
    const rank = Math.max(1, Math.ceil(p * this.#timed));
    let seen = 0;
    for (const key of [...this.#tenths.keys()].sort((a, b) => a - b)) {
      seen += this.#tenths.get(key) ?? 0;
      if (seen >= rank) return key / 10;
    }
    return null;
  }
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Collects lines; `finish` builds the report. */
export class LogAggregator {
  #questions = 0;
  #skipped = 0;
  #otherEvents = 0;
  #withoutQuestion = 0;
  readonly #feedback = { up: 0, down: 0 };
  readonly #abstained = new Map<string, { count: number; nearest: readonly LoggedPassage[] }>();
  readonly #related = new Map<string, { count: number; answers: readonly LoggedPassage[] }>();
  readonly #negative = new Map<string, { question: string; refs: readonly string[]; count: number }>();
  readonly #overall = new Slice();
  readonly #bySurface = new Map<string, Slice>();
  readonly #byDay = new Map<string, Slice>();
  /** Day of each hour seen (`2025-04-01T03` → `2025-04-01`): one date computation per hour of log. */
  readonly #dayOfHour = new Map<string, string>();
  readonly #keys = new Map<string, string>();

  /** Reads one line of a log. */
  add(text: string): void {
    const line = parseObject(text);
    if (line === undefined || typeof line['event'] !== 'string') {
      this.#skipped += 1;
      return;
    }
    if (line['event'] === 'question_answered') this.#addQuestion(line);
    else if (line['event'] === 'feedback') this.#addFeedback(line);
    else this.#otherEvents += 1;
  }

  #addQuestion(line: Record<string, unknown>): void {
    this.#questions += 1;
    const abstained = line['abstained'] === true;
    const related = !abstained && line['confidence'] === 'related';
    const engineMs = typeof line['engine_ms'] === 'number' && Number.isFinite(line['engine_ms']) ? line['engine_ms'] : undefined;
    this.#overall.add(abstained, related, engineMs);
    const surface = typeof line['surface'] === 'string' ? line['surface'] : 'unknown';
    sliceOf(this.#bySurface, surface).add(abstained, related, engineMs);
    const day = this.#dayOf(line['time']);
    if (day !== undefined) sliceOf(this.#byDay, day).add(abstained, related, engineMs);

    if (typeof line['question'] !== 'string' || line['question'] === '') {
      this.#withoutQuestion += 1;
      return;
    }
    // Only the questions a curator acts on are normalised and kept.
    if (!abstained && !related) return;
    const question = this.#keyOf(line['question']);
    if (abstained) {
      const entry = this.#abstained.get(question);
      // The latest line's candidates: the ones the current glossary gives.
      const nearest = readPassages(line['nearest']);
      if (entry) {
        entry.count += 1;
        if (nearest.length > 0) entry.nearest = nearest;
      } else this.#abstained.set(question, { count: 1, nearest });
    } else if (related) {
      const entry = this.#related.get(question);
      const answers = readRefs(line['refs']).map(splitRef);
      if (entry) {
        entry.count += 1;
        entry.answers = answers;
      } else this.#related.set(question, { count: 1, answers });
    }
  }

  #addFeedback(line: Record<string, unknown>): void {
    const down = line['rating'] === 'down';
    if (down) this.#feedback.down += 1;
    else if (line['rating'] === 'up') this.#feedback.up += 1;
    if (typeof line['question'] !== 'string' || line['question'] === '') {
      this.#withoutQuestion += 1;
      return;
    }
    if (!down) return;
    const question = this.#keyOf(line['question']);
    const refs = readRefs(line['refs']);
    const key = `${question}\u0000${refs.join('\u0000')}`;
    const entry = this.#negative.get(key);
    if (entry) entry.count += 1;
    else this.#negative.set(key, { question, refs, count: 1 });
  }

  /** The grouping key of a question, remembered per spelling (the same questions recur). */
  #keyOf(question: string): string {
    let key = this.#keys.get(question);
    if (key === undefined) {
      key = normalizeQuestion(question);
      // Bounded: a log of endless distinct spellings costs normalisations, not memory.
      if (this.#keys.size >= 100_000) this.#keys.clear();
      this.#keys.set(question, key);
    }
    return key;
  }

  #dayOf(time: unknown): string | undefined {
    if (typeof time !== 'string' || time.length < 13) return undefined;
    const hour = time.slice(0, 13);
    let day = this.#dayOfHour.get(hour);
    if (day === undefined) {
      const at = Date.parse(`${hour}:00:00Z`);
      if (Number.isNaN(at)) return undefined;
      day = new Date(at + JST_OFFSET_MS).toISOString().slice(0, 10);
      this.#dayOfHour.set(hour, day);
    }
    return day;
  }

  /** The report of every line read so far. */
  finish(): LogReport {
    const byCount = <T extends { count: number }>(list: T[], keyOf: (item: T) => string): T[] =>
      list.sort((a, b) => b.count - a.count || keyOf(a).localeCompare(keyOf(b)));
    return {
      questions: this.#questions,
      skipped: this.#skipped,
      otherEvents: this.#otherEvents,
      withoutQuestion: this.#withoutQuestion,
      abstained: byCount([...this.#abstained].map(([question, e]) => ({ question, count: e.count, nearest: e.nearest })), (e) => e.question),
      related: byCount([...this.#related].map(([question, e]) => ({ question, count: e.count, answers: e.answers })), (e) => e.question),
      negativeFeedback: byCount([...this.#negative.values()].map((e) => ({ ...e })), (e) => e.question),
      feedback: { ...this.#feedback },
      overall: this.#overall.figures(),
      bySurface: [...this.#bySurface].sort(([a], [b]) => a.localeCompare(b)).map(([surface, slice]) => ({ surface, ...slice.figures() })),
      byDay: [...this.#byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, slice]) => ({ day, ...slice.figures() })),
    };
  }
}

function sliceOf(map: Map<string, Slice>, key: string): Slice {
  let slice = map.get(key);
  if (!slice) {
    slice = new Slice();
    map.set(key, slice);
  }
  return slice;
}

/** A JSON object line, or undefined for anything else (text, arrays, broken JSON). */
function parseObject(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readRefs(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `連携協約1:別表3(2)ア` → { agreement, ref }. */
function splitRef(joined: string): LoggedPassage {
  const at = joined.indexOf(':');
  return at < 0 ? { agreement: '', ref: joined } : { agreement: joined.slice(0, at), ref: joined.slice(at + 1) };
}

function readPassages(value: unknown): LoggedPassage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (item === null || typeof item !== 'object') return [];
    const { agreement, ref, title } = item as Record<string, unknown>;
    if (typeof agreement !== 'string' || typeof ref !== 'string') return [];
    return [{ agreement, ref, ...(typeof title === 'string' ? { title } : {}) }];
  });
}
