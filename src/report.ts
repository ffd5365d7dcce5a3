/** Entry point of `npm run report`: the curator's report over the bot's log files (src/report). */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { runReport } from './report/run-report.ts';

process.exitCode = await runReport(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  openFile: async (path): Promise<Readable> => {
    // Opened first, so a missing file fails here rather than as a stream error.
    const handle = await open(path, 'r');
    const stream = createReadStream('', { fd: handle.fd, highWaterMark: 1 << 20 });
    if (!path.endsWith('.gz')) return stream;
    const gunzip = createGunzip();
    stream.on('error', (error) => gunzip.destroy(error));
    return stream.pipe(gunzip);
  },
});
