/** Ends a switch over a tagged union: adding a kind without handling it fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled kind: ${JSON.stringify(value)}`);
}
