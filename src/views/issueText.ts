import type { SpecIssue } from '../engine';
import type { Translate } from '../i18n';

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
] as const;

function isFieldName(value: unknown): value is (typeof FIELD_NAMES)[number] {
  return FIELD_NAMES.includes(value as (typeof FIELD_NAMES)[number]);
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
