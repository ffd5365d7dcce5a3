/**
 * Tells an outage (wait and try again) from a mistake (a rejected token, a wrong SLACK_API_URL),
 * for the errors the Web API and Socket Mode clients raise.
 */
import { describeError } from './structured-log.ts';

/** Platform errors (HTTP 200, `ok: false`) that mean Slack is unwell rather than the bot wrong. */
const TRANSIENT_PLATFORM_ERRORS = new Set(['ratelimited', 'fatal_error', 'internal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

/** The platform error of a Web API error (`invalid_auth`), if it is one. */
export function readPlatformError(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  if ((error as { code?: unknown }).code !== 'slack_webapi_platform_error') return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * True when trying again later may succeed: the network failed or timed out, Slack answered
 * 5xx, 429 or 408, or a WebSocket closed before Slack said hello (`undefined`: the Socket Mode
 * client rejects without an error then). False for a token Slack rejects or another 4xx (a
 * SLACK_API_URL that points at the wrong place).
 */
export function isTransientSlackError(error: unknown): boolean {
  if (error === undefined || error === null || typeof error !== 'object') return true;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'slack_webapi_request_error':
    case 'slack_webapi_rate_limited_error':
    case 'slack_socket_mode_websocket_error':
      return true;
    case 'slack_webapi_http_error': {
      const status = (error as { statusCode?: unknown }).statusCode;
      return typeof status === 'number' && (status >= 500 || status === 429 || status === 408);
    }
    case 'slack_webapi_platform_error':
      return TRANSIENT_PLATFORM_ERRORS.has(readPlatformError(error) ?? '');
    default:
      // Anything else thrown while connecting (a fetch TypeError, a reset) is the network's.
      return !(error instanceof TypeError && !('cause' in error));
  }
}

/** One line for a failed attempt, without a stack. */
export function describeSlackError(error: unknown): string {
  if (error === undefined) return 'the WebSocket closed before Slack said hello';
  const http = error as { code?: unknown; statusCode?: unknown };
  if (http.code === 'slack_webapi_http_error' && typeof http.statusCode === 'number') return `HTTP ${http.statusCode}`;
  const platformError = readPlatformError(error);
  if (platformError !== undefined) return platformError;
  const cause = (error as { original?: unknown }).original;
  // WebAPIRequestError wraps the network error; its own message only repeats it.
  if (cause instanceof Error) return describeError(cause.cause instanceof Error ? cause.cause : cause);
  return describeError(error);
}
