/** Machine-readable reasons a network spec can be rejected; the UI translates each one. */
export type SpecIssueCode =
  | 'notAnObject'
  | 'missingField'
  | 'unknownField'
  | 'unknownKind'
  | 'notAnInteger'
  | 'outOfRange'
  | 'wrongAxisCount'
  | 'invalidPadding'
  | 'invalidOp'
  | 'notABoolean'
  | 'globalPoolWindow'
  | 'windowLargerThanInput'
  | 'tooManyUnits'
  | 'tooManyLayers'
  | 'networkTooLarge'
  | 'groupsMismatch'
  | 'invalidId'
  | 'duplicateId'
  | 'invalidUnit';

/**
 * One precise problem with a spec: where (`path`, and the network layer index it concerns, input = 0),
 * what (`code`, `values`), and an English sentence for logs and developers.
 */
export interface SpecIssue {
  /** JSON path of the offending value, e.g. `layers[2].kernel`. */
  path: string;
  /** Network layer index the problem concerns (input = 0, `layers[i]` = i + 1), or null for the whole spec. */
  layer: number | null;
  code: SpecIssueCode;
  /** Numbers and names the message refers to, for translated messages. */
  values: Record<string, number | string>;
  message: string;
}

/** Thrown by engine functions given a spec that fails validation; `issues` lists every problem found. */
export class NetworkSpecError extends Error {
  readonly issues: SpecIssue[];
  constructor(issues: SpecIssue[]) {
    super(issues.map((issue) => issue.message).join('\n'));
    this.name = 'NetworkSpecError';
    this.issues = issues;
  }
}
