/** Marks no line may start with (closing punctuation, as the rules for CJK lines have it). */
const NO_LINE_START = new Set('，。、；：？！）」』】〕》〉”’…·—%,.;:?!)]}'.split(''));
/** Marks no line may end with (opening punctuation). */
const NO_LINE_END = new Set('（「『【〔《〈“‘([{'.split(''));

/**
 * Splits text into the pieces a line may break between: each CJK character alone, other words
 * whole, white space as its own piece (never a no-break space). A closing mark stays with what it
 * closes and an opening mark with what it opens, so no line starts with "，" or ends with "（".
 */
export function breakableTokens(text: string): string[] {
  const raw = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^ \t\n\u3000-\u9fff\uff00-\uffef]+|[ \t\n]+/g) ?? [];
  const tokens: string[] = [];
  for (const token of raw) {
    const previous = tokens[tokens.length - 1];
    const space = token.trim() === '';
    const closes = !space && NO_LINE_START.has(token[0]);
    const afterOpening = previous !== undefined && NO_LINE_END.has(previous[previous.length - 1]);
    if (previous !== undefined && previous.trim() !== '' && !space && (closes || afterOpening)) {
      tokens[tokens.length - 1] = previous + token;
    } else tokens.push(token);
  }
  return tokens;
}
