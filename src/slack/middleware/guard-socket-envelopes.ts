/**
 * Drops malformed Socket Mode envelopes before the SocketModeClient reads them. The client
 * dereferences `payload.event` without checking it, inside an async listener, so an envelope such
 * as `{"type":"events_api","payload":null}` becomes an unhandled rejection that ends the process.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import { describeError, type StructuredLog } from '../structured-log.ts';

/** Why an envelope cannot be processed, and its id when it has one (to ack it anyway). */
export interface EnvelopeProblem {
  readonly reason: string;
  readonly envelopeId: string | undefined;
}

/**
 * Checks one WebSocket frame. Frames that are not JSON are left to the client, which ignores
 * them safely; so are hello and disconnect.
 */
export function findEnvelopeProblem(data: unknown, isBinary: boolean): EnvelopeProblem | undefined {
  if (isBinary) return undefined;
  const text = decodeFrame(data);
  if (text === undefined) return undefined;
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(frame)) return { reason: 'frame is not an object', envelopeId: undefined };
  const type = frame['type'];
  if (type === 'hello' || type === 'disconnect') return undefined;
  const envelopeId = typeof frame['envelope_id'] === 'string' ? frame['envelope_id'] : undefined;
  if (typeof type !== 'string') return { reason: 'envelope has no type', envelopeId };
  if (envelopeId === undefined) return { reason: `${type} envelope has no envelope_id`, envelopeId };
  const payload = frame['payload'];
  if (!isObject(payload)) return { reason: `${type} envelope has no payload object`, envelopeId };
  if (type === 'events_api') {
    const event = payload['event'];
    if (!isObject(event) || typeof event['type'] !== 'string') return { reason: 'events_api payload has no event with a type', envelopeId };
  }
  return undefined;
}

/**
 * Puts the check in front of the client's own WebSocket message listener. Malformed envelopes
 * are logged and acked (Slack would otherwise redeliver something that can never be processed);
 * a failure inside the client's listener is logged instead of escaping as an unhandled rejection.
 */
export function guardSocketEnvelopes(client: SocketModeReceiver['client'], log: StructuredLog): void {
  // 'ws_message' is how @slack/socket-mode 3 hands frames from its SlackWebSocket to the client.
  const listeners = client.listeners('ws_message');
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data: unknown, isBinary: unknown) => {
    const problem = findEnvelopeProblem(data, isBinary === true);
    if (problem !== undefined) {
      log({ level: 'warn', event: 'malformed_envelope_dropped', reason: problem.reason });
      if (problem.envelopeId !== undefined) {
        ackEnvelope(client, problem.envelopeId).catch((error: unknown) => log({ level: 'warn', event: 'ack_failed', error: describeError(error) }));
      }
      return;
    }
    for (const listener of listeners) {
      try {
        const outcome: unknown = listener(data, isBinary);
        if (outcome instanceof Promise) {
          outcome.catch((error: unknown) => log({ level: 'error', event: 'socket_message_failed', error: describeError(error) }));
        }
      } catch (error) {
        log({ level: 'error', event: 'socket_message_failed', error: describeError(error) });
      }
    }
  });
}

function decodeFrame(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return undefined;
}

function ackEnvelope(client: SocketModeReceiver['client'], envelopeId: string): Promise<void> {
  // send() is how the client acks (TypeScript marks it private; it is the client's own ack path).
  return (client as unknown as { send(id: string, body?: Record<string, unknown>): Promise<void> }).send(envelopeId);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
