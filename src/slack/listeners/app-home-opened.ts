/**
 * `app_home_opened`: publishes the Home tab (what the bot knows, examples, the policy-area picker).
 */
import type { Answer } from '../../core/answer/types.ts';
import { readString, type HandlerDeps, type SlackClient } from '../handler-deps.ts';
import { renderHomeView } from '../render/render-home-view.ts';
import { describeError } from '../structured-log.ts';

/** What the app_home_opened listener reads from Bolt's arguments. */
export interface AppHomeOpenedArgs {
  readonly event: unknown;
  readonly client: SlackClient;
}

/** Publishes the Home tab when the user opens it (not the Messages tab). */
export async function handleAppHomeOpened(args: AppHomeOpenedArgs, deps: HandlerDeps): Promise<void> {
  const user = readString(args.event, 'user');
  const tab = readString(args.event, 'tab');
  if (user === undefined || (tab !== undefined && tab !== 'home')) return;
  await deps.inFlight.run(async () => {
    try {
      await publishHome(args.client, user, deps, undefined);
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'app_home', error: describeError(error) });
    }
  });
}

/** Builds and publishes the Home tab for one user, with a picked annex row when given. */
export async function publishHome(client: SlackClient, user: string, deps: HandlerDeps, selectedRef: string | undefined): Promise<void> {
  const annexRows = deps.answerer.listAnnexRows();
  const selected = selectedRef === undefined ? undefined : { ref: selectedRef, answers: lookUpEveryDraft(deps, selectedRef) };
  const view = renderHomeView({ examples: deps.answerer.examples, annexRows, ...(selected === undefined ? {} : { selected }) });
  await client.views.publish({ user_id: user, view });
}

/** The passage with this ref in every agreement that holds it, as the engine lists them. */
export function lookUpEveryDraft(deps: HandlerDeps, ref: string): Answer[] {
  const row = deps.answerer.listAnnexRows().find((r) => r.ref === ref);
  return row === undefined ? [] : lookUpAll(deps, row.agreements, ref);
}

/** Looks up one ref in each of the agreements, skipping those that do not hold it. */
export function lookUpAll(deps: HandlerDeps, agreements: readonly string[], ref: string): Answer[] {
  return agreements.map((agreement) => deps.answerer.lookup(agreement, ref)).filter((answer): answer is Answer => answer !== undefined);
}
