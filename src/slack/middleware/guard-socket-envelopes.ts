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
  // The client emits each envelope under its type (and an event under the event's type), on the
  // same emitter as its own `close`, `connected` or `error`: a `close` envelope would report a
  // dropped connection, an `error` one would throw. Only Slack's envelope types pass.
  if (!ENVELOPE_TYPES.has(type)) return { reason: `unknown envelope type ${JSON.stringify(type.slice(0, 40))}`, envelopeId };
  if (envelopeId === undefined) return { reason: `${type} envelope has no envelope_id`, envelopeId };
  const payload = frame['payload'];
  if (!isObject(payload)) return { reason: `${type} envelope has no payload object`, envelopeId };
  if (type === 'events_api') {
    const event = payload['event'];
    if (!isObject(event) || typeof event['type'] !== 'string') return { reason: 'events_api payload has no event with a type', envelopeId };
    if (CLIENT_EVENT_NAMES.has(event['type'])) return { reason: `event type ${event['type']} is the client's own`, envelopeId };
  }
  const problem = findEventProblem(payload);
  return problem === undefined ? undefined : { reason: problem, envelopeId };
}

/** The envelope types Slack sends over Socket Mode that carry a payload. */
const ENVELOPE_TYPES = new Set(['events_api', 'slash_commands', 'interactive']);
/** What the SocketModeClient emits for itself; no event may be emitted under these names. */
const CLIENT_EVENT_NAMES = new Set(['close', 'error', 'connecting', 'connected', 'reconnecting', 'disconnecting', 'disconnected', 'authenticated', 'ws_message', 'slack_event', 'outgoing_message']);

/**
 * Checks the fields Bolt dereferences before any listener (or ack) runs: in an event, `channel`
 * and `user` must be absent, a string or an object, and `item` and `subteam` absent or an object.
 * Bolt reads `'id' in event.channel`, so `"channel": null` throws there, the event is never acked,
 * and Slack redelivers it three times. Returns why the body cannot be processed, or undefined.
 */
export function findEventProblem(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const event = body['event'];
  if (!isObject(event)) return undefined;
  for (const field of ['channel', 'user']) {
    const value = event[field];
    if (value !== undefined && typeof value !== 'string' && !isObject(value)) return `event field ${field} is ${describeValue(value)}`;
  }
  for (const field of ['item', 'subteam']) {
    const value = event[field];
    if (value !== undefined && !isObject(value)) return `event field ${field} is ${describeValue(value)}`;
  }
  return undefined;
}

function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
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
