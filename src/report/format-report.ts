/**
 * The report as a curator reads it: what staff asked that the bot could not answer, what it only
 * answered with a related row, what they rated 👎, then the figures by surface and by day.
 */
import type { Figures, LogReport, LoggedPassage } from './aggregate-log.ts';

/** Formats the report; `top` caps each list (the JSON output has every entry). */
export function formatReport(report: LogReport, top: number): string {
  const out: string[] = [];
  out.push(
    `質問 ${report.questions} 件（見送り ${report.overall.abstained}、関連回答 ${report.overall.related}）、👍 ${report.feedback.up} / 👎 ${report.feedback.down}。` +
      `読み飛ばした行 ${report.skipped}（ボットの JSON でない）、その他のイベント ${report.otherEvents}。`,
  );
  if (report.withoutQuestion > 0) out.push(`質問文のない行 ${report.withoutQuestion}（LOG_QUESTIONS=false）: 下の一覧には入らず、件数にだけ数えています。`);

  out.push('', `■ 答えられなかった質問（回数順${more(report.abstained.length, top)}）: 近い候補 = 本来答えるべきだったかもしれない箇所`);
  if (report.abstained.length === 0) out.push('  なし');
  for (const entry of report.abstained.slice(0, top)) {
    out.push(`  ${count(entry.count)}  ${entry.question}`);
    out.push(`        近い候補: ${entry.nearest.length === 0 ? '（検索で何も見つからず）' : entry.nearest.map(describePassage).join(' / ')}`);
  }

  out.push('', `■ 関連回答だった質問（協約が名指ししていない語。回数順${more(report.related.length, top)}）`);
  if (report.related.length === 0) out.push('  なし');
  for (const entry of report.related.slice(0, top)) {
    out.push(`  ${count(entry.count)}  ${entry.question}`);
    out.push(`        示した箇所: ${entry.answers.map(describePassage).join(' / ')}`);
  }

  out.push('', `■ 👎 の評価（回数順${more(report.negativeFeedback.length, top)}）`);
  if (report.negativeFeedback.length === 0) out.push('  なし');
  for (const entry of report.negativeFeedback.slice(0, top)) {
    out.push(`  ${count(entry.count)}  ${entry.question}`);
    out.push(`        評価された回答: ${entry.refs.length === 0 ? '（見送り）' : entry.refs.join(' / ')}`);
  }

  out.push('', '■ 全体（エンジン時間はミリ秒、日付は日本時間）');
  out.push(`  ${pad('区分', 16)}${pad('質問', 8)}${pad('見送り率', 10)}${pad('関連', 8)}${pad('中央値', 9)}p99`);
  out.push(figuresRow('全体', report.overall));
  for (const s of report.bySurface) out.push(figuresRow(s.surface, s));
  for (const d of report.byDay) out.push(figuresRow(d.day, d));
  return `${out.join('\n')}\n`;
}

function describePassage(p: LoggedPassage): string {
  return [p.agreement, p.ref, p.title].filter((part) => part !== undefined && part !== '').join(' ');
}

function count(n: number): string {
  return `${String(n).padStart(5)}回`;
}

function more(total: number, top: number): string {
  return total > top ? `、${total} 件中の上位 ${top}` : '';
}

function figuresRow(label: string, f: Figures): string {
  const ms = (v: number | null): string => (v === null ? '-' : v.toFixed(1));
  return `  ${pad(label, 16)}${pad(String(f.questions), 8)}${pad(`${(f.abstentionRate * 100).toFixed(1)}%`, 10)}${pad(String(f.related), 8)}${pad(ms(f.medianEngineMs), 9)}${ms(f.p99EngineMs)}`;
}

/** Pads by display width (a CJK character takes two columns). */
function pad(text: string, width: number): string {
  const used = [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(1, width - used));
}
