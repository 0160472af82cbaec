import { pascalCase } from '../../ir/case.js';

// Component schema keys (`ListResponse_ModelInfo_`, `model-info`, `2fa`) → PascalCase type names,
// unique within the document.
export function toTypeName(key: string, taken: Set<string>): string {
  let base = pascalCase(key) || 'Schema';
  if (/^\d/.test(base)) base = `T${base}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}
