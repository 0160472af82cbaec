// Types for prettier-check.mjs, which the tests import.
export declare const PRETTIER_OPTIONS: { printWidth: number; singleQuote: boolean; trailingComma: 'all'; endOfLine: 'lf' };
export interface Unformatted {
  file: string;
  line: number;
  actual: string;
  expected: string;
}
export declare function unformattedFiles(dir: string): Promise<Unformatted[]>;
