// LAP v0.3 document parser (shared/specs/lap/lap-repo/LAP-SPEC-v0.3.md) plus what real files do that
// the grammar does not: `4XX` codes, `?beta=true` and `#name` in paths, groups that reopen,
// descriptions with commas, braces and backticks.
import { inferPagination } from '../../ir/pagination.js';
import { liftTemplatedQuery, splitPathKey } from '../../ir/path-key.js';
import type { Api, AuthScheme, Diagnostic, HttpMethod, Loc, NamedType, Operation, Param, Property, Response, TypeRef } from '../../ir/types.js';
import { operationKey } from '../../ir/types.js';
import { parseErrorsList } from './errors-list.js';
import { lexLap, type LapLine } from './lines.js';
import { inferParamLocation, pathParamNames } from './param-location.js';
import { checkToc } from './toc.js';
import { checkTypeRefs } from './type-refs.js';
import { LapSyntaxError, TypeExprParser } from './type-expr.js';

export interface ParseResult {
  api: Api;
  diagnostics: Diagnostic[];
}

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const ENDPOINT_DIRECTIVES = new Set(['desc', 'auth', 'body', 'required', 'optional', 'returns', 'errors', 'example_request']);

export function parseLap(text: string, file: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, col: number): Loc => ({ file, line, col });
  const report = (severity: Diagnostic['severity'], code: string, message: string, loc: Loc) => diagnostics.push({ severity, code, message, loc });
  const api: Api = { title: '', auth: [], commonParams: [], types: [], operations: [], loc: at(1, 1) };

  const { lines, strays, totalLines } = lexLap(text);
  for (const stray of strays) report('error', 'lap/stray-line', `not a directive or comment: '${stray.text.slice(0, 40)}'`, at(stray.line, 1));
  if (lines.length === 0) {
    report('error', 'lap/empty', "empty file: expected '@lap v0.3' on the first line", at(1, 1));
    return { api, diagnostics };
  }
  const first = lines[0]!;
  if (first.directive !== 'lap') report('error', 'lap/no-version', `expected '@lap v0.3' as the first directive, found '@${first.directive}'`, at(first.line, 1));
  else if (!/^v\d+\.\d+$/.test(first.rest)) report('error', 'lap/bad-version', `bad LAP version '${first.rest}': expected e.g. v0.3`, at(first.line, first.restCol + 1));

  /** A braced field list of one line, as properties with their line and column. */
  const parseFields = (ln: LapLine, offsetInRest = 0): Property[] | undefined => {
    const parser = new TypeExprParser(ln.rest, { file, line: ln.line, colBase: ln.restCol });
    parser.pos = offsetInRest;
    try {
      const fields = parser.parseFieldList(true);
      const trailing = ln.rest.slice(parser.pos).trim();
      if (trailing && !trailing.startsWith('#')) throw new LapSyntaxError(`unexpected text after '}': '${trailing.slice(0, 20)}'`, parser.pos);
      for (const w of parser.warnings) report('warning', 'lap/tolerated', w.message, at(ln.line, ln.restCol + w.offset + 1));
      return fields.map((f) => parser.toProperty(f));
    } catch (err) {
      if (!(err instanceof LapSyntaxError)) throw err;
      report('error', 'lap/syntax', err.message, at(ln.line, ln.restCol + err.offset + 1));
      return undefined;
    }
  };
  const toParam = (prop: Property, required: boolean, method: HttpMethod, pathParams: string[]): Param => {
    return {
      name: prop.name,
      location: inferParamLocation(prop.name, method, pathParams),
      required: required || pathParams.includes(prop.name),
      type: prop.type,
      ...(prop.description !== undefined ? { description: prop.description } : {}),
      ...(prop.default !== undefined ? { default: prop.default } : {}),
      loc: prop.loc,
    };
  };

  let declaredCount: { value: number; line: number } | undefined;
  let toc: LapLine | undefined;
  let group: string | undefined;
  let groupLine = 0;
  let current: Operation | undefined;
  let endLine: number | undefined;
  const seen = new Map<string, number>();
  const bodyRefs: { name: string; loc: Loc }[] = [];

  const finishEndpoint = () => {
    if (!current) return;
    liftTemplatedQuery(current);
    const success = current.responses.find((r) => r.status.startsWith('2') && r.kind === 'json');
    const pagination = current.method === 'GET' ? inferPagination(current.params, success?.type) : undefined;
    if (pagination) current.pagination = pagination;
    api.operations.push(current);
    current = undefined;
  };

  for (const ln of lines.slice(first.directive === 'lap' ? 1 : 0)) {
    if (endLine !== undefined) {
      report('warning', 'lap/after-end', `'@${ln.directive}' after @end is ignored`, at(ln.line, 1));
      continue;
    }
    if (ENDPOINT_DIRECTIVES.has(ln.directive) && current) {
      parseEndpointLine(ln, current);
      continue;
    }
    switch (ln.directive) {
      case 'api':
        api.title = ln.rest;
        break;
      case 'base':
        api.baseUrl = ln.rest;
        break;
      case 'version':
        api.version = ln.rest;
        break;
      case 'auth':
        api.auth = parseAuth(ln.rest);
        break;
      case 'hint':
        break;
      case 'common_fields': {
        const fields = parseFields(ln);
        for (const f of fields ?? []) {
          if (api.commonParams.some((p) => p.name === f.name)) {
            report('warning', 'lap/duplicate-param', `common field '${f.name}' is listed twice; the first is kept`, f.loc);
            continue;
          }
          const param = toParam(f, false, 'GET', []);
          api.commonParams.push(param.location === 'header' ? param : { ...param, location: 'query' });
        }
        break;
      }
      case 'endpoints':
        if (!/^\d+$/.test(ln.rest)) report('error', 'lap/bad-count', `@endpoints needs a number, found '${ln.rest}'`, at(ln.line, ln.restCol + 1));
        else declaredCount = { value: Number(ln.rest), line: ln.line };
        break;
      case 'toc':
        toc = ln;
        break;
      case 'type': {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)\s+(?=\{)/.exec(ln.rest);
        if (!m) {
          report('error', 'lap/bad-type', "expected '@type Name {fields}'", at(ln.line, ln.restCol + 1));
          break;
        }
        const fields = parseFields(ln, m[0].length);
        if (!fields) break;
        const named: NamedType = { name: m[1]!, type: { kind: 'object', properties: fields }, loc: at(ln.line, 1) };
        if (api.types.some((t) => t.name === named.name)) report('error', 'lap/duplicate-type', `type '${named.name}' is defined twice`, named.loc);
        else api.types.push(named);
        break;
      }
      case 'group':
        finishEndpoint();
        if (group !== undefined) report('error', 'lap/nested-group', `@group '${ln.rest}' opens before @endgroup closes '${group}' (line ${groupLine})`, at(ln.line, 1));
        group = ln.rest;
        groupLine = ln.line;
        break;
      case 'endgroup':
        finishEndpoint();
        if (group === undefined) report('error', 'lap/stray-endgroup', '@endgroup without an open @group', at(ln.line, 1));
        group = undefined;
        break;
      case 'endpoint':
        finishEndpoint();
        current = startEndpoint(ln);
        break;
      case 'end':
        finishEndpoint();
        endLine = ln.line;
        break;
      default:
        if (ENDPOINT_DIRECTIVES.has(ln.directive)) report('error', 'lap/outside-endpoint', `'@${ln.directive}' outside an @endpoint block`, at(ln.line, 1));
        // §10: parsers ignore directives a later minor version may add.
        else report('warning', 'lap/unknown-directive', `unknown directive '@${ln.directive}' ignored`, at(ln.line, 1));
    }
  }
  finishEndpoint();

  if (!api.title) report('error', 'lap/no-api', "missing '@api <name>' in the preamble", at(first.line, 1));
  if (endLine === undefined) report('error', 'lap/truncated', 'missing @end: the file is truncated or incomplete', at(totalLines, 1));
  if (group !== undefined && endLine !== undefined) report('error', 'lap/open-group', `@group '${group}' (line ${groupLine}) is never closed`, at(endLine, 1));
  if (!declaredCount) report('error', 'lap/no-count', "missing '@endpoints <n>' in the preamble", at(first.line, 1));
  else if (declaredCount.value !== api.operations.length) {
    report('error', 'lap/count-mismatch', `@endpoints declares ${declaredCount.value} endpoints but the file has ${api.operations.length}`, at(declaredCount.line, 1));
  }
  if (toc) diagnostics.push(...checkToc(toc, api.operations, file));
  diagnostics.push(...checkTypeRefs(api, bodyRefs));
  return { api, diagnostics };

  function startEndpoint(ln: LapLine): Operation | undefined {
    const m = /^([A-Z]+)\s+(\/\S*)$/.exec(ln.rest);
    if (!m || !METHODS.has(m[1]!)) {
      report('error', 'lap/bad-endpoint', `expected '@endpoint METHOD /path' but found '${ln.rest.slice(0, 40)}'`, at(ln.line, ln.restCol + 1));
      return undefined;
    }
    const [, method, rawPath] = m as unknown as [string, HttpMethod, string];
    const op: Operation = { method, ...splitPathKey(rawPath), params: [], responses: [], loc: at(ln.line, 1) };
    if (group !== undefined) op.group = group;
    const key = operationKey(op);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      report('error', 'lap/duplicate-endpoint', `duplicate endpoint '${key}' (first defined on line ${firstLine})`, at(ln.line, 1));
      return undefined;
    }
    seen.set(key, ln.line);
    return op;
  }

  function parseEndpointLine(ln: LapLine, op: Operation): void {
    const pathParams = pathParamNames(op.path);
    switch (ln.directive) {
      case 'desc':
        op.summary = ln.rest;
        break;
      case 'auth':
      case 'example_request':
        break;
      case 'body': {
        const name = ln.rest.replace(/^(→|->)\s*/, '').trim();
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) report('error', 'lap/bad-body', `expected '@body → TypeName' but found '${ln.rest}'`, at(ln.line, ln.restCol + 1));
        else {
          op.body = { mediaType: 'json', typeName: name };
          bodyRefs.push({ name, loc: at(ln.line, ln.restCol + ln.rest.indexOf(name) + 1) });
        }
        break;
      }
      case 'required':
      case 'optional': {
        const required = ln.directive === 'required';
        for (const f of parseFields(ln) ?? []) {
          if (op.params.some((p) => p.name === f.name)) {
            report('warning', 'lap/duplicate-param', `parameter '${f.name}' is listed twice; the first is kept`, f.loc);
            continue;
          }
          op.params.push(toParam(f, required, op.method, pathParams));
        }
        break;
      }
      case 'returns': {
        const status = (ln.arg ?? '').trim().toUpperCase();
        if (!/^(\d{3}|\dXX|DEFAULT)$/.test(status)) {
          report('error', 'lap/bad-status', `expected '@returns(<status>)' but found '@returns(${ln.arg ?? ''})'`, at(ln.line, 1));
          break;
        }
        op.responses.push(parseReturns(ln, status));
        break;
      }
      case 'errors': {
        const parsed = parseErrorsList(ln.rest);
        if ('error' in parsed) {
          report('error', 'lap/syntax', parsed.error, at(ln.line, ln.restCol + parsed.offset + 1));
          break;
        }
        for (const e of parsed) {
          op.responses.push({ status: e.status, kind: 'json', ...(e.description ? { description: e.description } : {}), loc: at(ln.line, ln.restCol + e.offset + 1) });
        }
        break;
      }
    }
  }

  function parseReturns(ln: LapLine, status: string): Response {
    const loc = at(ln.line, 1);
    if (ln.rest.startsWith('{')) {
      const type: TypeRef = markResponseFieldsRequired({ kind: 'object', properties: parseFields(ln) ?? [] });
      const comment = /\}\s*#\s*(.*)$/.exec(ln.rest)?.[1];
      return { status, kind: 'json', type, ...(comment ? { description: comment } : {}), loc };
    }
    const empty = status === '204' || status === '205';
    return { status, kind: empty ? 'empty' : 'json', ...(empty ? {} : { type: { kind: 'unknown' } }), ...(ln.rest ? { description: ln.rest } : {}), loc };
  }
}

/**
 * LAP marks no response field required; servers send every declared key, so treat them all as
 * present. The type was just parsed for this response alone, so it is marked in place, not copied.
 */
function markResponseFieldsRequired(type: TypeRef): TypeRef {
  switch (type.kind) {
    case 'object':
      for (const p of type.properties) {
        p.required = true;
        p.type = markResponseFieldsRequired(p.type);
      }
      return type;
    case 'array':
      type.items = markResponseFieldsRequired(type.items);
      return type;
    case 'union':
      type.variants = type.variants.map(markResponseFieldsRequired);
      return type;
    default:
      return type;
  }
}

/** `ApiKey x-api-key in header`, `ApiKey header:X-Api-Key`, `Bearer bearer | OAuth2`. */
export function parseAuth(text: string): AuthScheme[] {
  return text.split('|').map((part) => part.trim()).filter(Boolean).map((raw): AuthScheme => {
    const apiKey = /^ApiKey\s+(?:(\S+)\s+in\s+(header|query|cookie)|(header|query|cookie):(\S+))$/i.exec(raw);
    if (apiKey) return { kind: 'apiKey', name: apiKey[1] ?? apiKey[4]!, in: (apiKey[2] ?? apiKey[3]!).toLowerCase() as 'header', raw };
    if (/^Bearer\s+basic$/i.test(raw)) return { kind: 'basic', raw };
    if (/^Bearer\b/i.test(raw)) return { kind: 'bearer', raw };
    if (/^OAuth2\b/i.test(raw)) return { kind: 'oauth2', raw };
    return { kind: 'other', raw };
  });
}
