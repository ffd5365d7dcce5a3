/**
 * `npm run -s ask -- --json < many.txt | head -1`: once the reader has gone, writing to standard
 * output fails with EPIPE. A Unix filter then stops quietly with status 0; Node's default is an
 * unhandled 'error' event, a stack trace and status 1.
 */

/** Ends the process with status 0 when `stream` fails with EPIPE; any other error stays fatal. */
export function exitQuietlyOnBrokenPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      exit(0);
      return;
    }
    throw error;
  });
}
