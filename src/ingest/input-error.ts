/**
 * A problem with one input (a file, a URL, a line of a batch). It always names the input and says
 * what the user can do next; in a batch it is reported and the other inputs go on.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly hint?: string,
  ) {
    super(`${input}: ${problem}${hint ? ` — ${hint}` : ''}`);
    this.name = 'InputError';
  }
}
