/**
 * Longest wait for the figure's question, or for its next step, in ms: a hidden frame on a busy
 * machine can take seconds to draw its figure, and a verdict not shown is a height too small.
 */
const PATIENCE = 10_000;

/** Resolves with what `find` finds in `document`, trying every 50 ms for up to `patience` ms; null otherwise. */
async function waitFor<T>(find: () => T | null, patience: number): Promise<T | null> {
  const deadline = performance.now() + patience;
  for (;;) {
    const found = find();
    if (found || performance.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sets an input's value as typing would, so the page's own handlers hear it. */
function type(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Answers the question a figure in `document` asks, any answer (a box on the input's first cell),
 * and checks it, step after step, until it shows its whole verdict: a frame of fixed height must
 * leave room for that too. Resolves with true when there is nothing left to check, false when the
 * figure took longer than its patience (its question not there yet, or a step not yet judged).
 */
export async function showVerdict(document: Document): Promise<boolean> {
  let check = await waitFor(
    () => document.querySelector<HTMLButtonElement>('[data-action="check"]'),
    PATIENCE,
  );
  for (let step = 0; check && step < 3; step += 1) {
    for (const input of document.querySelectorAll<HTMLInputElement>('[data-box-fields] input'))
      type(input, '0');
    const enabled = check;
    await waitFor(() => (enabled.disabled ? null : enabled), PATIENCE);
    const result = () => document.querySelector('[data-question-result]');
    const before = result()?.textContent;
    enabled.click();
    // The verdict is in once the result is checked and says something new: then there is a next
    // step to check, or none.
    const judged = await waitFor(
      () =>
        result()?.getAttribute('data-question-result') === 'checked' && result()?.textContent !== before
          ? true
          : null,
      PATIENCE,
    );
    if (!judged) return false;
    check = document.querySelector<HTMLButtonElement>('[data-action="check"]');
  }
  return check === null && document.querySelector('[data-question-result="checked"]') !== null;
}
