/**
 * Log lines for the Socket Mode connection's life: when it drops (Slack's `disconnect` refresh, a
 * server restart, a cut network) and when it is back, with how long events could not arrive.
 *
 * ./socket-connection.ts reconnects (at once after a connection that lived, then with backoff),
 * calling apps.connections.open for a new URL. Events Slack could not deliver meanwhile it
 * redelivers, and the deduplicator drops the ones already answered. These lines make the gap visible.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import type { StructuredLog } from './structured-log.ts';

/** Listens to the client's `close` and `connected` and writes `socket_closed` / `socket_reconnected`. */
export function logSocketLifecycle(client: SocketModeReceiver['client'], log: StructuredLog, now: () => number = () => performance.now()): void {
  let closedAt: number | undefined;
  client.on('close', () => {
    // One line per outage, however many times the client reports the same close.
    if (closedAt !== undefined) return;
    closedAt = now();
    log({ level: 'info', event: 'socket_closed' });
  });
  client.on('connected', () => {
    if (closedAt === undefined) return;
    log({ level: 'info', event: 'socket_reconnected', down_ms: Math.round(now() - closedAt) });
    closedAt = undefined;
  });
}
