/**
 * The App Home policy-area picker: shows the chosen annex row and each party's role.
 */
import { readString, type HandlerDeps, type SlackClient } from '../handler-deps.ts';
import { describeError } from '../structured-log.ts';
import { publishHome } from './app-home-opened.ts';

/** What the picker listener reads from Bolt's arguments. */
export interface PickAnnexRowArgs {
  readonly ack: () => Promise<void>;
  readonly action: unknown;
  readonly body: unknown;
  readonly client: SlackClient;
}

/** Republishes the Home tab with the picked row shown under the picker. */
export async function handlePickAnnexRow(args: PickAnnexRowArgs, deps: HandlerDeps): Promise<void> {
  await args.ack();
  const ref = readString(args.action, 'selected_option', 'value');
  const user = readString(args.body, 'user', 'id');
  if (ref === undefined || user === undefined) return;
  await deps.inFlight.run(async () => {
    try {
      await publishHome(args.client, user, deps, ref);
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'app_home', error: describeError(error) });
    }
  });
}
