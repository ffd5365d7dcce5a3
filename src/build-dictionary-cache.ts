/**
 * Second step of `npm run build` (so of `npm ci`): writes the uncompressed dictionary cache that
 * start-up reads instead of gunzipping kuromoji's dictionary (src/core/text/dictionary-cache.ts).
 */
import { writeKuromojiDictionaryCache } from './core/text/load-kuromoji.ts';

const started = performance.now();
const path = await writeKuromojiDictionaryCache();
process.stdout.write(`kyoyaku-bot: dictionary cache written to ${path} (${Math.round(performance.now() - started)} ms)\n`);
