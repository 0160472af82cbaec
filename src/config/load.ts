// Reads and validates the config overlay (merged over the overlay it `extends`, see extends.ts).
// Every problem names the file and line; unknown keys are errors, so a typo cannot silently change nothing.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Pagination, Param, ParamLocation } from '../ir/types.js';
import { LapSyntaxError, TypeExprParser } from '../parse/lap/type-expr.js';
import { keyOf, resolveOverlay, type OverlaySource, type ReadFile } from './extends.js';
import { emptyOverlay, type ExtensionMethodOverlay, type OperationOverlay, type Overlay, type ResourceOverlay } from './types.js';

const RESPONSE_KINDS = ['json', 'sse', 'jsonl', 'binary', 'empty'] as const;
const BODY_KINDS = ['json', 'multipart', 'form', 'binary'] as const;
const LOCATIONS = ['path', 'query', 'header', 'body'] as const;
const OPERATION_KEY = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/\S*)$/;
const DOTTED_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;
const TYPE_NAME = /^[A-Z][A-Za-z0-9_]*$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What an APIError already has (`requestID` may be re-pointed at another header). */
const APIERROR_MEMBERS = ['status', 'headers', 'error', 'type', 'message', 'name', 'stack', 'cause', 'constructor', '__proto__', 'toString'];
/** A module under the package's src/lib/, without extension; `*` only where a subpath pattern allows it. */
const LIB_MODULE = /^lib(\/(?!\.\.?(\/|$))[A-Za-z0-9_.*-]+)+$/;
const SUBPATH = /^\.\/(?!\.\.?(\/|$))[A-Za-z0-9_.*\/-]+$/;

export function loadOverlay(text: string, file: string, readFile?: ReadFile): { overlay: Overlay; diagnostics: Diagnostic[]; sources: OverlaySource[] } {
  const overlay: Overlay = { ...emptyOverlay(), file };
  const resolved = resolveOverlay(text, file, readFile);
  const { diagnostics, sources, locOf } = resolved;
  const error = (message: string, node: Node | null | undefined) => diagnostics.push({ severity: 'error', code: 'config/invalid', message, loc: locOf(node) });
  if (diagnostics.length) return { overlay, diagnostics, sources };
  const root = resolved.root;
  if (root === null) return { overlay, diagnostics, sources };
  if (!isMap(root)) {
    error('the overlay must be a mapping with client, resources and operations', root);
    return { overlay, diagnostics, sources };
  }

  const str = (node: unknown, what: string): string | undefined => {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
    error(`${what} must be a string`, node as Node);
    return undefined;
  };
  const strList = (node: unknown, what: string): string[] => {
    if (!isSeq(node)) {
      error(`${what} must be a list of strings`, node as Node);
      return [];
    }
    return node.items.map((item) => str(item, what)).filter((s): s is string => s !== undefined);
  };
  const entries = (map: YAMLMap, allowed: readonly string[], where: string): Pair<Node, Node>[] => {
    const pairs = map.items as Pair<Node, Node>[];
    for (const pair of pairs) {
      const key = keyOf(pair.key);
      if (!allowed.includes(key)) error(`unknown key '${key}' in ${where} (allowed: ${allowed.join(', ')})`, pair.key);
    }
    return pairs.filter((p) => allowed.includes(keyOf(p.key)));
  };
  const oneOf = <T extends string>(node: unknown, options: readonly T[], what: string): T | undefined => {
    const value = str(node, what);
    if (value === undefined) return undefined;
    if ((options as readonly string[]).includes(value)) return value as T;
    error(`${what} must be one of ${options.join(', ')}; found '${value}'`, node as Node);
    return undefined;
  };

  /** `client.errorHeaders`: APIError property → response header, e.g. `workspaceID: anthropic-workspace-id`. */
  const readErrorHeaders = (value: Node | null) => {
    if (!isMap(value)) {
      error('client.errorHeaders must be a mapping of APIError property to header name', value);
      return;
    }
    for (const pair of value.items as Pair<Node, Node>[]) {
      const property = keyOf(pair.key);
      const header = str(pair.value, `client.errorHeaders.${property}`);
      if (header === undefined) continue;
      if (!IDENTIFIER.test(property) || APIERROR_MEMBERS.includes(property))
        error(`client.errorHeaders key '${property}' must be a new APIError property name (not ${APIERROR_MEMBERS.join(', ')})`, pair.key);
      else if (!HEADER_NAME.test(header)) error(`'${header}' is not a valid header name`, pair.value);
      else overlay.client.errorHeaders.push({ property, header: header.toLowerCase(), loc: locOf(pair.key) });
    }
  };

  for (const top of entries(root, ['client', 'resources', 'operations', 'types', 'lib'], 'the overlay')) {
    const section = keyOf(top.key);
    if (!isMap(top.value)) {
      error(`'${section}' must be a mapping`, top.value ?? top.key);
      continue;
    }
    if (section === 'client') {
      for (const { key, value } of entries(top.value, ['name', 'packageName', 'apiKeyEnv', 'baseUrlEnv', 'webhookKeyEnv', 'apiKeyHeader', 'headers', 'betas', 'errorHeaders'], 'client')) {
        const k = keyOf(key);
        if (k === 'headers') {
          if (!isMap(value)) error('client.headers must be a mapping of header name to value', value);
          else for (const h of value.items as Pair<Node, Node>[]) {
            const v = str(h.value, `header '${keyOf(h.key)}'`);
            if (v !== undefined) overlay.client.headers.push({ name: keyOf(h.key), value: v, loc: locOf(h.key) });
          }
        } else if (k === 'errorHeaders') {
          readErrorHeaders(value);
        } else if (k === 'betas') {
          if (!isMap(value)) error('client.betas must be a mapping with header and param', value);
          else {
            const fields = Object.fromEntries(entries(value, ['header', 'param'], 'client.betas').map((p) => [keyOf(p.key), str(p.value, 'client.betas value')]));
            if (!fields.header || !fields.param) error('client.betas needs both header and param', value);
            else overlay.client.betas = { header: fields.header, param: fields.param };
          }
        } else {
          const v = str(value, `client.${k}`);
          if (v !== undefined && k === 'packageName' && !isNpmPackageName(v)) error(`client.packageName '${v}' is not a valid npm package name (lower case, URL-safe, at most 214 characters, optionally @scope/name)`, value);
          else if (v !== undefined) (overlay.client as unknown as Record<string, string>)[k] = v;
        }
      }
    } else if (section === 'types') {
      for (const { key, value } of top.value.items as Pair<Node, Node>[]) {
        const name = str(key, 'a type alias');
        const target = str(value, `type alias '${name}'`);
        if (name === undefined || target === undefined) continue;
        if (!TYPE_NAME.test(name)) error(`type alias '${name}' must be a PascalCase type name`, key);
        else if (!TYPE_NAME.test(target)) error(`type alias '${name}' must name a PascalCase type; found '${target}'`, value);
        else overlay.types.push({ name, target, loc: locOf(key) });
      }
    } else if (section === 'resources') {
      for (const { key, value } of top.value.items as Pair<Node, Node>[]) {
        const path = str(key, 'a resource key');
        if (path === undefined) continue;
        if (!DOTTED_NAME.test(path)) error(`resource key '${path}' must be a dotted SDK path like beta.files`, key);
        if (!isMap(value)) {
          error(`resource '${path}' must be a mapping`, value ?? key);
          continue;
        }
        const res: ResourceOverlay = { path, betas: [], methods: [], loc: locOf(key) };
        for (const p of entries(value, ['betas', 'methods'], `resource '${path}'`)) {
          if (keyOf(p.key) === 'betas') res.betas = strList(p.value, `resource '${path}' betas`);
          else res.methods = readMethods(path, p.value);
        }
        overlay.resources.push(res);
      }
    } else if (section === 'lib') {
      readLib(top.value);
    } else {
      for (const { key, value } of top.value.items as Pair<Node, Node>[]) {
        const opKey = str(key, 'an operation key');
        if (opKey === undefined) continue;
        if (!OPERATION_KEY.test(opKey)) {
          error(`operation key '${opKey}' must be 'METHOD /path' (e.g. 'POST /v1/files')`, key);
          continue;
        }
        if (!isMap(value)) {
          error(`operation '${opKey}' must be a mapping`, value ?? key);
          continue;
        }
        overlay.operations.push(readOperation(opKey, key, value));
      }
    }
  }
  return { overlay, diagnostics, sources };

  /** `name: lib/module#export` pairs: functions from src/lib wired in as members of a resource. */
  function readMethods(resource: string, node: Node | null): ExtensionMethodOverlay[] {
    if (!isMap(node)) {
      error(`resource '${resource}' methods must be a mapping of member name to 'lib/module#export'`, node);
      return [];
    }
    const methods: ExtensionMethodOverlay[] = [];
    for (const { key, value } of node.items as Pair<Node, Node>[]) {
      const name = str(key, 'a method name');
      const target = str(value, `method '${name}'`);
      if (name === undefined || target === undefined) continue;
      const [module = '', exportName = '', extra] = target.split('#');
      if (!IDENTIFIER.test(name)) error(`method name '${name}' must be an identifier`, key);
      else if (extra !== undefined || !LIB_MODULE.test(module) || module.includes('*') || /\.[cm]?[jt]sx?$/.test(module) || !IDENTIFIER.test(exportName)) {
        error(`method '${name}' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found '${target}'`, value);
      } else methods.push({ name, module, exportName, loc: locOf(value) });
    }
    return methods;
  }

  function readLib(map: YAMLMap): void {
    for (const { key, value } of entries(map, ['entry', 'exports', 'peerDependencies'], 'lib')) {
      const k = keyOf(key);
      if (k === 'entry') {
        if (!isSeq(value)) error('lib.entry must be a list of modules like lib/message-stream', value);
        else for (const item of value.items as Node[]) {
          const module = str(item, 'a lib.entry module');
          if (module !== undefined && (!LIB_MODULE.test(module) || module.includes('*'))) error(`lib.entry '${module}' must be a module under src/lib without extension, like lib/message-stream`, item);
          else if (module !== undefined) overlay.lib.entry.push({ module, loc: locOf(item) });
        }
        continue;
      }
      if (!isMap(value)) {
        error(`lib.${k} must be a mapping`, value ?? key);
        continue;
      }
      for (const pair of value.items as Pair<Node, Node>[]) {
        const name = str(pair.key, `a lib.${k} key`);
        const target = str(pair.value, `lib.${k} '${name}'`);
        if (name === undefined || target === undefined) continue;
        if (k === 'peerDependencies') overlay.lib.peerDependencies.push({ name, range: target, loc: locOf(pair.key) });
        else if (!SUBPATH.test(name) || name === './package.json' || (name.match(/\*/g) ?? []).length > 1) error(`lib.exports key '${name}' must be a subpath like ./helpers/zod or ./lib/*`, pair.key);
        else if (!LIB_MODULE.test(target) || name.includes('*') !== target.includes('*') || (target.match(/\*/g) ?? []).length > 1) {
          error(`lib.exports '${name}' must map to a module under src/lib without extension${name.includes('*') ? ', with one * as the key has' : ''}; found '${target}'`, pair.value);
        } else overlay.lib.exports.push({ subpath: name, module: target, loc: locOf(pair.key) });
      }
    }
  }

  function readOperation(opKey: string, keyNode: Node, map: YAMLMap): OperationOverlay {
    const op: OperationOverlay = { key: opKey, params: [], betas: [], loc: locOf(keyNode) };
    const allowed = ['name', 'response', 'responseType', 'itemType', 'stream', 'body', 'keepFilePaths', 'params', 'pagination', 'betas'];
    for (const { key, value } of entries(map, allowed, `operation '${opKey}'`)) {
      const k = keyOf(key);
      if (k === 'name') {
        const name = str(value, 'name');
        if (name && !DOTTED_NAME.test(name)) error(`name '${name}' must be a dotted SDK path like files.upload`, value);
        else if (name) op.name = name;
      } else if (k === 'response' || k === 'stream') {
        const kind = oneOf(value, RESPONSE_KINDS, k);
        if (kind) op[k] = kind;
      } else if (k === 'responseType' || k === 'itemType') {
        const name = str(value, k);
        if (name && !TYPE_NAME.test(name)) error(`${k} '${name}' must be a PascalCase type name`, value);
        else if (name) op[k] = name;
      } else if (k === 'body') {
        const kind = oneOf(value, BODY_KINDS, 'body');
        if (kind) op.body = kind;
      } else if (k === 'betas') {
        op.betas = strList(value, 'betas');
      } else if (k === 'keepFilePaths') {
        if (!isScalar(value) || typeof value.value !== 'boolean') error('keepFilePaths must be true or false', value);
        else op.keepFilePaths = value.value;
      } else if (k === 'pagination') {
        const kind = oneOf(value, ['id-cursor', 'page-token', 'item-cursor', 'offset', 'page-number', 'none'] as const, 'pagination');
        if (kind) op.pagination = defaultPagination(kind);
      } else if (k === 'params') {
        if (!isMap(value)) error('params must be a mapping of name to { type, in, required, description }', value);
        else for (const p of value.items as Pair<Node, Node>[]) {
          const param = readParam(p);
          if (param) op.params.push(param);
        }
      }
    }
    return op;
  }

  function readParam(pair: Pair<Node, Node>): Param | undefined {
    const name = str(pair.key, 'a param name');
    if (name === undefined || !isMap(pair.value)) {
      if (name !== undefined) error(`param '${name}' must be a mapping with type and in`, pair.value ?? pair.key);
      return undefined;
    }
    const param: Param = { name, location: 'body', required: false, type: { kind: 'unknown' }, loc: locOf(pair.key) };
    let sawType = false;
    for (const { key, value } of entries(pair.value, ['type', 'in', 'required', 'description'], `param '${name}'`)) {
      const k = keyOf(key);
      if (k === 'type') {
        const text = str(value, 'type');
        sawType = true;
        if (text === undefined) continue;
        // `file` is the overlay's word for an upload; the IR spells it as a binary string.
        const parser = new TypeExprParser(text.replace(/\bfile\b/g, 'str(binary)'), { file, line: locOf(value).line, colBase: 0 });
        try {
          param.type = parser.parseType();
          if (parser.pos !== parser.text.length) throw new LapSyntaxError(`unexpected '${parser.text.slice(parser.pos)}'`, parser.pos);
        } catch (err) {
          if (!(err instanceof LapSyntaxError)) throw err;
          error(`bad type '${text}' for param '${name}': ${err.message}`, value);
        }
      } else if (k === 'in') {
        const loc = oneOf<ParamLocation>(value, LOCATIONS, 'in');
        if (loc) param.location = loc;
      } else if (k === 'required') {
        if (!isScalar(value) || typeof value.value !== 'boolean') error('required must be true or false', value);
        else param.required = value.value;
      } else {
        const d = str(value, 'description');
        if (d) param.description = d;
      }
    }
    if (!sawType) error(`param '${name}' needs a type`, pair.key);
    return param;
  }
}

/** npm's rules for a new package name: it lands in package.json and in install commands. */
function isNpmPackageName(name: string): boolean {
  return name.length <= 214 && /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name);
}

function defaultPagination(kind: 'id-cursor' | 'page-token' | 'item-cursor' | 'offset' | 'page-number' | 'none'): Pagination | 'none' {
  switch (kind) {
    case 'none':
      return 'none';
    case 'page-token':
      return { kind, itemsField: 'data', pageParam: 'page', nextField: 'next_page' };
    case 'item-cursor':
      return { kind, itemsField: 'data', afterParam: 'starting_after', beforeParam: 'ending_before' };
    case 'offset':
      return { kind, itemsField: 'data', offsetParam: 'offset' };
    case 'page-number':
      return { kind, itemsField: 'data', pageParam: 'page' };
    case 'id-cursor':
      return { kind, itemsField: 'data', beforeParam: 'before_id', afterParam: 'after_id', firstField: 'first_id', lastField: 'last_id', hasMoreField: 'has_more' };
  }
}
