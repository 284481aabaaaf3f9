import type { SpecIssue } from '../engine';
import { formatAlternatives, type Language, type Translate } from '../i18n';

/** The fields of a network spec that issues name, each with its name in the page's language. */
const FIELD_NAMES = [
  'input',
  'size',
  'layers',
  'kind',
  'id',
  'kernel',
  'stride',
  'dilation',
  'padding',
  'channels',
  'groups',
  'units',
  'tiles',
  'op',
  'global',
] as const;

function isFieldName(value: unknown): value is (typeof FIELD_NAMES)[number] {
  return FIELD_NAMES.includes(value as (typeof FIELD_NAMES)[number]);
}

/** Settings whose change can make a window fit its input, each with how. */
const REMEDIES = ['kernel', 'dilation', 'padding', 'inputLength'] as const;

/**
 * What the reader can do about `issue` with the settings `settings` (the names of the controls in
 * front of them), in the page's language; '' when there is nothing to suggest. A figure without a
 * dilation control never suggests one.
 */
export function issueAdvice(
  t: Translate,
  language: Language,
  issue: SpecIssue,
  settings: readonly string[] = ['kernel', 'dilation', 'padding'],
): string {
  if (issue.code !== 'windowLargerThanInput') return '';
  const remedies = REMEDIES.filter((remedy) => settings.includes(remedy));
  if (remedies.length === 0) return '';
  return t('advice.try', {
    remedies: formatAlternatives(
      language,
      remedies.map((remedy) => t(`advice.remedy.${remedy}`)),
    ),
  });
}

/** A problem with a network spec in the page's language: where it is (input, layer n, the network) and what is wrong. */
export function issueText(t: Translate, issue: SpecIssue): string {
  const where =
    issue.layer === null
      ? t('issue.where.network')
      : issue.layer === 0
        ? t('issue.where.input')
        : t('issue.where.layer', { layer: issue.layer });
  // Which axis of a 2D layer an issue is about, in words ('' in 1D).
  const { axisName } = issue.values;
  const axis = axisName === 'height' || axisName === 'width' ? t(`issue.axis.${axisName}`) : '';
  // A spec field is named as the editor labels it (a field the lab does not know, as it was written).
  const { field } = issue.values;
  const values = isFieldName(field) ? { ...issue.values, field: t(`issue.field.${field}`) } : issue.values;
  return t(`issue.${issue.code}`, { ...values, where, axis });
}
