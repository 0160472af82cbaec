// lapgen.history.json as text: one JSON document laid out by lines, so a regeneration's git diff
// shows one line per changed type or method. The head and the plan's small fields are indented as
// JSON.stringify(…, 2) does; each type and each method is minified on a line of its own, and each
// resource opens up to list its methods and children. Printed by JSON.stringify per entry, with the
// snapshot rule (snapshot.ts) as the replacer: the plan is walked once, never copied.
import type { ResourcePlan, SdkPlan } from '../plan/types.js';
import { snapshotValue } from './snapshot.js';

/** The record's head; the plan is printed as its snapshot. */
export interface RecordHead {
  version: string;
  specSha256: string;
  configSha256: string | null;
}

type Layout = (value: unknown, indent: string) => string;

export function printRecord(head: RecordHead, plan: SdkPlan): string {
  return `${printObject({ ...head, plan }, '', { plan: printPlan })}\n`;
}

const printPlan: Layout = (plan, indent) => printObject(plan as SdkPlan, indent, { resources: entries(printResource), types: entries(minified) });

const printResource: Layout = (resource, indent) => printObject(resource as ResourcePlan, indent, { methods: entries(minified), children: entries(printResource) });

/** An object one key per line; the keys named in `layouts` printed their way, the rest as JSON.stringify indents them. */
function printObject(object: object, indent: string, layouts: Readonly<Record<string, Layout>>): string {
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const [key, raw] of Object.entries(object)) {
    const value = snapshotValue(key, raw);
    if (value === undefined || typeof value === 'function') continue;
    const layout = Object.hasOwn(layouts, key) ? layouts[key]! : indented;
    lines.push(`${inner}${JSON.stringify(key)}: ${layout(value, inner)}`);
  }
  return lines.length ? `{\n${lines.join(',\n')}\n${indent}}` : '{}';
}

/** An array one entry per line, each entry printed by `layout`. */
function entries(layout: Layout): Layout {
  return (value, indent) => {
    if (!Array.isArray(value)) return indented(value, indent);
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    return `[\n${value.map((entry: unknown) => `${inner}${layout(entry, inner)}`).join(',\n')}\n${indent}]`;
  };
}

const indented: Layout = (value, indent) => (JSON.stringify(value, snapshotValue, 2) ?? 'null').replaceAll('\n', `\n${indent}`);

const minified: Layout = (value) => JSON.stringify(value, snapshotValue) ?? 'null';
