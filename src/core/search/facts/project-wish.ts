/**
 * Shared by the fact kinds: a question that ends in a wish for a project asks for the project, not for
 * the facts it mentions on the way.
 */

/**
 * A question ending in a wish for a project (…守りたい, …一緒に検証したい, …考えたい): a fact wondered about inside it
 * (バスがなくなったらどうなるか心配なので公共交通を守りたい, 効果がどれだけあったか検証したい) is the project's
 * reason or its work, not a fact asked. Wanting to know (どうなるか知りたい, どれだけか確認したい) still asks.
 */
export const ENDS_IN_PROJECT_WISH = /(?<!知り|聞き|確認し|調べ|教わり|教えてもらい|わかり|分かり)たい(?:です|んです|と(?:思|考え)(?:って|てい)?(?:ます|る))?[。!！]?$/u;
