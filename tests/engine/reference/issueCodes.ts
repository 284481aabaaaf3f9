import type { SpecIssueCode } from '../../../src/engine';

/** Every code the engine may report; a record, so that a code added to the engine and not here fails type-checking. */
const CODES: Record<SpecIssueCode, true> = {
  notAnObject: true,
  missingField: true,
  unknownField: true,
  unknownKind: true,
  notAnInteger: true,
  outOfRange: true,
  wrongAxisCount: true,
  invalidPadding: true,
  invalidOp: true,
  notABoolean: true,
  globalPoolWindow: true,
  windowLargerThanInput: true,
  tooManyUnits: true,
  tooManyLayers: true,
  networkTooLarge: true,
  groupsMismatch: true,
  invalidId: true,
  duplicateId: true,
  invalidUnit: true,
};

/** The issue codes of the engine, as a list. */
export const ISSUE_CODES = Object.keys(CODES) as SpecIssueCode[];
