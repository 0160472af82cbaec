// Line lexer for LAP: every meaningful line is a directive (`@name rest`), a comment or blank (LAP v0.3 §2).

export interface LapLine {
  /** 1-based line number. */
  line: number;
  /** Directive name without `@`, e.g. `endpoint`, `returns`. */
  directive: string;
  /** Text after the directive name and its separating space. */
  rest: string;
  /** 0-based column where `rest` starts. */
  restCol: number;
  /** For `@returns(200)`: the parenthesised argument. */
  arg?: string;
}

export interface LexResult {
  lines: LapLine[];
  /** Lines that are neither directives, comments nor blank. */
  strays: { line: number; text: string }[];
  totalLines: number;
}

// Names as LAP writes them (`@common_fields`) and as extensions do (`@x-owner`, which §10 says to ignore).
const DIRECTIVE = /^@([a-z_][a-z0-9_-]*)(?:\(([^)]*)\))?(?: +|$)/;

export function lexLap(text: string): LexResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const raw = source.split('\n');
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const lines: LapLine[] = [];
  const strays: { line: number; text: string }[] = [];
  raw.forEach((rawLine, index) => {
    // CRLF is tolerated (§9): drop the CR before looking at the line.
    const lineText = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (lineText.trim() === '' || lineText.startsWith('#')) return;
    const match = DIRECTIVE.exec(lineText);
    if (!match) {
      strays.push({ line: index + 1, text: lineText });
      return;
    }
    lines.push({
      line: index + 1,
      directive: match[1]!,
      rest: lineText.slice(match[0].length).trimEnd(),
      restCol: match[0].length,
      ...(match[2] !== undefined ? { arg: match[2] } : {}),
    });
  });
  return { lines, strays, totalLines: raw.length };
}
