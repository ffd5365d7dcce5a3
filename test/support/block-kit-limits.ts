/**
 * Checks a rendered message or view against the Block Kit limits Slack enforces (a violation makes
 * Slack reject the whole message with invalid_blocks). Returns the problems found.
 */

/** Lists every Block Kit limit the message breaks; empty when it is valid. */
export function findBlockKitProblems(message: { text?: unknown; blocks?: unknown }, options: { maxBlocks?: number } = {}): string[] {
  const problems: string[] = [];
  const maxBlocks = options.maxBlocks ?? 50;
  if (typeof message.text === 'string' && message.text.trim() === '' && !Array.isArray(message.blocks)) problems.push('empty text');
  const blocks = Array.isArray(message.blocks) ? (message.blocks as Record<string, unknown>[]) : [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  blocks.forEach((block, index) => {
    const where = `block ${index} (${String(block['type'])})`;
    if (block['type'] === 'section') {
      const text = (block['text'] as { text?: unknown } | undefined)?.text;
      if (typeof text !== 'string' || text.length === 0) problems.push(`${where}: empty section text`);
      else if (text.length > 3000) problems.push(`${where}: section text ${text.length} > 3000`);
    }
    if (block['type'] === 'context') {
      const elements = block['elements'] as { text?: string }[];
      if (elements.length === 0 || elements.length > 10) problems.push(`${where}: ${elements.length} context elements`);
      for (const element of elements) if ((element.text ?? '').length > 3000) problems.push(`${where}: context text too long`);
    }
    if (block['type'] === 'header') {
      const text = (block['text'] as { text: string }).text;
      if (text.length > 150) problems.push(`${where}: header ${text.length} > 150`);
    }
    const elements = [
      ...(block['type'] === 'actions' ? (block['elements'] as Record<string, unknown>[]) : []),
      ...(block['accessory'] === undefined ? [] : [block['accessory'] as Record<string, unknown>]),
    ];
    if (block['type'] === 'actions' && (elements.length === 0 || elements.length > 25)) problems.push(`${where}: ${elements.length} actions`);
    const ids = elements.map((element) => element['action_id']);
    if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate action_id`);
    for (const element of elements) {
      if (element['type'] === 'button') {
        const value = element['value'];
        if (typeof value === 'string' && value.length > 2000) problems.push(`${where}: button value ${value.length} > 2000`);
        const label = (element['text'] as { text: string }).text;
        if (label.length > 75) problems.push(`${where}: button label ${label.length} > 75`);
      }
      if (element['type'] === 'static_select') {
        const groups = (element['option_groups'] as { label: { text: string }; options: { text: { text: string }; value: string }[] }[] | undefined) ?? [];
        const options = (element['options'] as { text: { text: string }; value: string }[] | undefined) ?? [];
        if (options.length > 100) problems.push(`${where}: ${options.length} options > 100`);
        for (const group of [...groups, { label: { text: '' }, options }]) {
          if (group.label.text.length > 75) problems.push(`${where}: option group label too long`);
          for (const option of group.options) {
            if (option.text.text.length > 75) problems.push(`${where}: option text too long`);
            if (option.value.length > 150) problems.push(`${where}: option value too long`);
          }
        }
      }
    }
  });
  return problems;
}
