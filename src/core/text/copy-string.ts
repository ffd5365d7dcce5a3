/**
 * A string of its own. V8 keeps a substring cut from a long text (a line of a table, a column of
 * the line) as a slice of that text, so one kept substring keeps the whole text alive: the example
 * table's 4 MB, the classifier's feature names. Measured: 6 MB of heap for 9,000 feature names, 0.6 MB
 * copied.
 *
 * @example copyString(line.split('\t')[0] ?? '') // the same characters, not tied to `line`
 */
export function copyString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
