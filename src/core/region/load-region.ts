/**
 * Reads and validates `corpus/region.yml` against the agreements it points to. A mistake stops
 * start-up with one line naming the file, the field and the line, like the agreement files.
 */
import { fail, parseYamlFile } from '../corpus/parse-yaml-file.ts';
import type { Agreement } from '../corpus/schema.ts';
import { normalizeText } from '../text/normalize.ts';
import { regionSchema, type Region } from './schema.ts';

/**
 * Parses the region file and checks its cross-references: members named once, pairings that name
 * members, an existing agreement and its party symbols, and readings of a printed party name.
 * @throws CodedError `kyoyaku_corpus_invalid` with one line `file: field: problem (line N)`
 * @example parseRegion('corpus/region.yml', yamlText, corpus.agreements).members.length // → 7
 */
export function parseRegion(file: string, source: string, agreements: readonly Agreement[]): Region {
  const { data, lineOf } = parseYamlFile(file, source, regionSchema);
  const stop = (path: (string | number)[], problem: string): never => fail(file, path, problem, lineOf(path));
  const spellings = new Map<string, string>();
  data.members.forEach((member, m) => {
    [member.name, ...member.aliases].forEach((spelling, a) => {
      const key = normalizeText(spelling);
      const other = spellings.get(key);
      if (other !== undefined) stop(['members', m, a === 0 ? 'name' : 'aliases'], `"${spelling}" also names ${other}`);
      spellings.set(key, member.name);
    });
  });
  const names = new Set(data.members.map((m) => m.name));
  const seenPairs = new Set<string>();
  data.pairings.forEach((pairing, p) => {
    const agreement = agreements.find((a) => a.id === pairing.agreement);
    if (!agreement) return stop(['pairings', p, 'agreement'], `unknown agreement "${pairing.agreement}" (agreements: ${agreements.map((a) => a.id).join(', ')})`);
    const symbols = agreement.parties.map((party) => party.symbol);
    const members = Object.keys(pairing.members);
    if (members.length !== 2) stop(['pairings', p, 'members'], `needs exactly two members, has ${members.length}`);
    for (const [member, symbol] of Object.entries(pairing.members)) {
      if (!names.has(member)) stop(['pairings', p, 'members', member], `unknown member "${member}"`);
      if (!symbols.includes(symbol)) stop(['pairings', p, 'members', member], `unknown party "${symbol}" of ${agreement.id} (parties: ${symbols.join(', ')})`);
    }
    const key = [...members].sort().join('×');
    if (seenPairs.has(key)) stop(['pairings', p, 'members'], `duplicate pair ${key}`);
    seenPairs.add(key);
    for (const [printed, read] of Object.entries(pairing.readAs ?? {})) {
      if (!agreement.parties.some((party) => party.name === printed)) stop(['pairings', p, 'readAs', printed], `"${printed}" is no party name printed in ${agreement.id}`);
      if (!names.has(read)) stop(['pairings', p, 'readAs', printed], `unknown member "${read}"`);
    }
    const note = /^注記([0-9]+)$/u.exec(pairing.basis ?? '注記0');
    if (pairing.basis !== undefined && !agreement.notes.some((n) => n.number === Number(note?.[1]))) stop(['pairings', p, 'basis'], `no note "${pairing.basis}" in ${agreement.id}`);
  });
  return data;
}
