/**
 * What the Slack app handles, as data: the listeners register from these constants and the manifest
 * test compares `manifest.yml` against them, so the code and the manifest cannot drift apart.
 */

/** Bot events the app subscribes to, named as the manifest names them. */
export const HANDLED_EVENTS = ['app_mention', 'message.im', 'app_home_opened'] as const;

/** One handled bot event, as the manifest names it. */
export type HandledEvent = (typeof HANDLED_EVENTS)[number];

/** Slash commands the app handles. */
export const KYOYAKU_COMMAND = '/kyoyaku';

/** Slash commands the app handles, as a list for the manifest test. */
export const HANDLED_COMMANDS = [KYOYAKU_COMMAND] as const;

/** `action_id`s of the interactive elements the app renders and handles. */
export const ActionId = {
  /** 「全文を見る」: the whole article or annex row, every draft. */
  ShowFullText: 'show_full_text',
  /** 「他の候補」: the next answers to the same question. */
  ShowMore: 'show_more',
  /** 👍 on an answer. */
  FeedbackUp: 'feedback_up',
  /** 👎 on an answer. */
  FeedbackDown: 'feedback_down',
  /** 「チャンネルに共有」 on a private (/kyoyaku) answer. */
  ShareToChannel: 'share_to_channel',
  /** The policy-area picker on the App Home tab. */
  PickAnnexRow: 'pick_annex_row',
} as const;

/** One handled `action_id`. */
export type ActionId = (typeof ActionId)[keyof typeof ActionId];

/** Every `action_id` the app handles. */
export const HANDLED_ACTION_IDS: readonly ActionId[] = Object.values(ActionId);

/**
 * Bot token scopes the code needs, and why. Nothing else goes into the manifest: a city hall's
 * Slack admin approves each scope, so each must be explained by a call the code makes.
 */
export const BOT_SCOPES = {
  'app_mentions:read': 'app_mention events',
  'chat:write': 'chat.postMessage and chat.postEphemeral',
  commands: 'the /kyoyaku slash command',
  'im:history': 'message.im events (direct messages to the bot)',
} as const;
