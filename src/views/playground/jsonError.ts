import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import type { Translate } from '../../i18n';

/** Where text stops being JSON: at a line and column (from 1), at its end, or nowhere found. */
export type JsonErrorPlace = { line: number; column: number } | 'end' | null;

/**
 * Where text that JSON.parse refused first goes wrong, found by a strict parser that reports
 * offsets (the browser's own message is in its language, not the page's, and often has no place).
 */
export function jsonErrorPlace(text: string): JsonErrorPlace {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  // Something expected after the last character, or a string (number, comment) the text's end cuts off.
  const end = text.trimEnd().length;
  const cut =
    printParseErrorCode(first.error).startsWith('UnexpectedEndOf') && first.offset + first.length >= end;
  if (first.offset >= end || cut) return 'end';
  const before = text.slice(0, first.offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Why text is not JSON, in the page's language: where it goes wrong, or that it ends too soon. */
export function jsonErrorText(t: Translate, text: string): string {
  const place = jsonErrorPlace(text);
  if (place === 'end') return t('editor.jsonEndsEarly');
  if (place === null) return t('editor.jsonInvalid');
  return t('editor.jsonInvalidAt', place);
}
