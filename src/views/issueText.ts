import type { SpecIssue } from '../engine';
import type { Translate } from '../i18n';

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
  return t(`issue.${issue.code}`, { ...issue.values, where, axis });
}
