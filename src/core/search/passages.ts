/**
 * Passages: the units the engine finds and quotes. Every 前文, article, 末文, note and annex row of
 * every agreement becomes one passage with its verbatim quote, its citation and the texts to index.
 */
import type { PartyRole, PassageKind } from '../answer/types.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import type { Agreement, AnnexRow } from '../corpus/schema.ts';

/** One quotable passage of one agreement. */
export interface Passage {
  /** Unique id: `連携協約1:別表3(1)エ`. */
  readonly id: string;
  readonly agreement: Agreement;
  readonly ref: string;
  readonly kind: PassageKind;
  readonly title: string;
  /** Verbatim text (several printed lines joined with newlines). */
  readonly quote: string;
  readonly partyRoles: readonly PartyRole[];
  readonly citation: string;
  /** Section heading (and subsection heading) for annex rows; empty otherwise. */
  readonly heading: string;
  /** Annex rows: the section key (`1`, `3(1)`), for pickers. */
  readonly section: string;
  /** Annex rows: the heading of the section (or subsection) as printed. */
  readonly sectionTitle: string;
  /** Position in the document, for stable ordering. */
  readonly order: number;
}

/** Builds the passages of every agreement, in document order. */
export function buildPassages(corpus: Corpus): Passage[] {
  // Renumber across agreements so ties rank in document order: 連携協約1 before 連携協約2.
  return corpus.agreements.flatMap((agreement) => buildAgreementPassages(agreement)).map((p, order) => ({ ...p, order }));
}

/** `（山口市・連携市町）`: the parties as staff name them, so a citation says whose agreement it is. */
function partiesLabel(agreement: Agreement): string {
  return `（${agreement.parties.map((p) => p.displayName).join('・')}）`;
}

function buildAgreementPassages(agreement: Agreement): Passage[] {
  const prefix = `${agreement.id}${partiesLabel(agreement)}`;
  const passages: Passage[] = [];
  const push = (p: Omit<Passage, 'id' | 'agreement' | 'order'>): void => {
    passages.push({ ...p, id: `${agreement.id}:${p.ref}`, agreement, order: passages.length });
  };
  const noRoles = { partyRoles: [], heading: '', section: '', sectionTitle: '' };

  push({ ref: '前文', kind: 'preamble', title: '前文', quote: agreement.preamble, citation: `${prefix}前文`, ...noRoles });
  for (const article of agreement.articles) {
    const caption = article.caption.replace(/^[（(](.*)[）)]$/u, '$1');
    push({
      ref: `第${article.number}条`,
      kind: 'article',
      title: caption,
      quote: article.sentences.join(''),
      citation: `${prefix}${article.label}${article.caption}`,
      ...noRoles,
    });
  }
  // 末文 as printed: the closing sentence, the date line and the signature block.
  const signatures = agreement.signatories.map((s) => [s.mark, s.address, s.name, s.title].filter((x) => x !== undefined).join(' '));
  push({
    ref: '末文',
    kind: 'closing',
    title: '末文',
    quote: [agreement.closing, agreement.date, ...signatures].join('\n'),
    citation: `${prefix}末文`,
    ...noRoles,
  });
  for (const note of agreement.notes) {
    push({
      ref: `注記${note.number}`,
      kind: 'note',
      title: note.heading ?? '注記',
      quote: note.sentences.join('\n'),
      citation: `${prefix}注記${note.number}${note.heading ? `（${note.heading}）` : ''}`,
      ...noRoles,
    });
  }
  for (const section of agreement.annex.sections) {
    const groups = section.subsections
      ? section.subsections.map((sub) => ({ key: `${section.number}(${sub.number})`, heading: `${section.heading} ${sub.heading}`, title: sub.heading, rows: sub.rows }))
      : [{ key: String(section.number), heading: section.heading, title: section.heading, rows: section.rows ?? [] }];
    for (const group of groups) {
      for (const row of group.rows) {
        push({
          ref: `別表${group.key}${row.label}`,
          kind: 'annex-row',
          title: row.title,
          quote: row.description,
          partyRoles: rolesOf(agreement, row),
          citation: `${prefix}${agreement.annex.title}${group.key}${row.label} ${row.title}`,
          heading: group.heading,
          section: group.key,
          sectionTitle: group.title,
        });
      }
    }
  }
  return passages;
}

function rolesOf(agreement: Agreement, row: AnnexRow): PartyRole[] {
  return agreement.parties.map((party) => ({
    symbol: party.symbol,
    name: party.name,
    displayName: party.displayName,
    role: row.roles[party.symbol] ?? '',
  }));
}

/** The role key of the JSON interface: `甲（山口市）`, `両市（山口市及び宇部市）`. */
export function formatRoleKey(role: PartyRole): string {
  return `${role.symbol}（${role.name}）`;
}
