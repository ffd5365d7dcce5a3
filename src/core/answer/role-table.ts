/**
 * Role tables: every annex row of an agreement with the roles of the parties asked about
 * (乙の役割を一覧にして, 宇部市の役割一覧), in annex order and grouped by section heading. When a
 * party's role reads the same in every row, the direct answer says so once instead of 19 times.
 */
import type { Passage } from '../search/passages.ts';
import type { RoleTable, RoleTableParty } from './types.ts';

/** Whose roles, in which agreement: the party symbols and the names they go by in this answer. */
export interface RoleTableTarget {
  readonly agreement: string;
  readonly symbols: readonly string[];
  /** Symbol → the name said for it (a member the question named, else the bot's name for the party). */
  readonly names: Readonly<Record<string, string>>;
}

/** The role table of one target, from the agreement's annex-row passages (document order). */
export function buildRoleTable(passages: readonly Passage[], target: RoleTableTarget): RoleTable {
  const rows = passages.filter((p) => p.kind === 'annex-row' && p.agreement.id === target.agreement);
  const sections: { heading: string; rows: { ref: string; title: string; roles: Record<string, string> }[] }[] = [];
  for (const row of rows) {
    const roles = Object.fromEntries(row.partyRoles.filter((r) => target.symbols.includes(r.symbol)).map((r) => [r.symbol, r.role]));
    const last = sections.at(-1);
    const entry = { ref: row.ref, title: row.title, roles };
    if (last && last.heading === row.heading) last.rows.push(entry);
    else sections.push({ heading: row.heading, rows: [entry] });
  }
  const allRows = sections.flatMap((s) => s.rows);
  const parties: RoleTableParty[] = target.symbols.map((symbol) => {
    const texts = new Set(allRows.map((r) => r.roles[symbol]));
    const only = texts.size === 1 ? [...texts][0] : undefined;
    return { symbol, name: target.names[symbol] ?? symbol, ...(only !== undefined ? { sameRole: only } : {}) };
  });
  return { agreement: target.agreement, parties, sections };
}

/**
 * The direct answer for role tables: which table, and each party's role said once when it is the
 * same in every row.
 *
 * @example
 * describeRoleTables([table]) // → 連携協約1の別表（第３条関係）全19行について、萩市（乙）の役割です。萩市（乙）の役割は19行すべて同じ文言です：「…」
 */
export function describeRoleTables(tables: readonly RoleTable[], annexTitle: string): string {
  return tables
    .map((table) => {
      const count = table.sections.reduce((n, s) => n + s.rows.length, 0);
      const whose = table.parties.map((p) => `${p.name}（${p.symbol}）`).join('・');
      const same = table.parties
        .map((p) => (p.sameRole === undefined ? `${p.name}（${p.symbol}）の役割は行ごとに異なります。` : `${p.name}（${p.symbol}）の役割は${count}行すべて同じ文言です：「${p.sameRole}」`))
        .join('\n');
      return `${table.agreement}の${annexTitle}全${count}行について、${whose}の役割です。\n${same}`;
    })
    .join('\n');
}
