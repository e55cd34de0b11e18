import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Bicep files read with the tree-sitter Bicep grammar, since no Bicep compiler runs offline: their
 * syntax errors, and the parts the infra tests hold against the service.
 */

export type SyntaxNode = {
  type: string;
  text: string;
  /** Named in the grammar: not punctuation or a keyword. */
  isNamed: boolean;
  /** Put in by the parser where the source lacks a token, such as a closing brace. */
  isMissing: boolean;
  /** Whether this node or one below it is an ERROR or a missing token. */
  hasError: boolean;
  /** The line and column (both from 0) where the node starts. */
  startPosition: { row: number; column: number };
  /** Its field in the parent's rule, such as `function` or `arguments` of a call. */
  field?: string;
  parent: SyntaxNode | null;
  children: SyntaxNode[];
  namedChildren: SyntaxNode[];
};

export type Param = {
  name: string;
  defaultValue?: SyntaxNode;
  /** The values of `@allowed([...])`, empty when the parameter has no such decorator. */
  allowed: string[];
  described: boolean;
};

export type AppSetting = { name: string; value: SyntaxNode };

export type BicepTemplate = {
  root: SyntaxNode;
  params: Map<string, Param>;
  vars: Map<string, SyntaxNode>;
  /** The `appSettings` entries of the one `siteConfig`, in order. */
  appSettings: AppSetting[];
};

type ParsedNode = {
  type: string;
  named: boolean;
  missing: boolean;
  start: number;
  end: number;
  row: number;
  column: number;
  field?: string;
  children: ParsedNode[];
};

/** The syntax tree of each source, parsed by bicepParser.cjs in one child process for all. */
export function parseBicep(...sources: string[]): SyntaxNode[] {
  const result = spawnSync(process.execPath, [join(__dirname, 'bicepParser.cjs')], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`The Bicep parser failed: ${result.stderr || result.error}`);
  const trees = JSON.parse(result.stdout) as ParsedNode[];
  return trees.map((tree, index) => syntaxNode(tree, sources[index] ?? '', null));
}

/** Every node of this type at or below `node`, in source order. */
export function descendantsOfType(node: SyntaxNode, type: string): SyntaxNode[] {
  return [
    ...(node.type === type ? [node] : []),
    ...node.children.flatMap((child) => descendantsOfType(child, type)),
  ];
}

/** Every ERROR and MISSING node, as `line:column` and what the parser saw or expected there. */
export function syntaxProblems(root: SyntaxNode): string[] {
  const problems: string[] = [];
  const visit = (node: SyntaxNode): void => {
    const at = `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
    if (node.isMissing) problems.push(`${at} missing ${node.type}`);
    else if (node.type === 'ERROR') {
      problems.push(`${at} unexpected ${JSON.stringify(node.text.slice(0, 40))}`);
    }
    if (node.hasError) for (const child of node.children) visit(child);
  };
  visit(root);
  return problems;
}

export function readTemplate(source: string): BicepTemplate {
  const [root] = parseBicep(source);
  if (!root) throw new Error('The Bicep parser returned no tree');
  const params = new Map<string, Param>();
  const vars = new Map<string, SyntaxNode>();
  for (const node of root.namedChildren) {
    if (node.type === 'parameter_declaration') {
      const param = readParam(node);
      params.set(param.name, param);
    }
    if (node.type === 'variable_declaration') {
      const [name, value] = named(node);
      if (name && value) vars.set(name.text, value);
    }
  }
  return { root, params, vars, appSettings: readAppSettings(root) };
}

/** The value of the only object property with this key anywhere in the file. */
export function property(root: SyntaxNode, key: string): SyntaxNode {
  const values = descendantsOfType(root, 'object_property')
    .map((node) => named(node))
    .filter(([name]) => name?.type === 'identifier' && name.text === key)
    .map(([, value]) => value);
  const [value] = values;
  if (values.length !== 1 || !value) {
    throw new Error(`Expected one "${key}:" in the file, found ${values.length}`);
  }
  return value;
}

/** Properties whose key is this exact text, for keys that are strings (`'${identity.id}': {}`). */
export function propertiesKeyed(root: SyntaxNode, keyText: string): SyntaxNode[] {
  return descendantsOfType(root, 'object_property')
    .filter((node) => named(node)[0]?.text === keyText)
    .flatMap((node) => named(node)[1] ?? []);
}

/** Identifiers that use a name: not the name of a declaration, not the key of an object property. */
export function references(root: SyntaxNode, name: string): SyntaxNode[] {
  return descendantsOfType(root, 'identifier').filter((node) => {
    if (node.text !== name) return false;
    const parent = node.parent;
    if (!parent) return true;
    const declares = parent.type.endsWith('_declaration') || parent.type === 'object_property';
    return !(declares && named(parent)[0] === node);
  });
}

/** The value of a string literal, or undefined for anything else (interpolated strings too). */
export function literal(node: SyntaxNode): string | undefined {
  if (node.type !== 'string') return undefined;
  const parts = node.namedChildren.map((part) => {
    if (part.type === 'string_content') return part.text;
    if (part.type === 'escape_sequence') return unescapeSequence(part.text);
    return undefined;
  });
  return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
}

/** A string literal's value with each `${...}` replaced, or undefined when `node` is no string. */
export function interpolated(node: SyntaxNode, fill: (expression: SyntaxNode) => string): string | undefined {
  if (node.type !== 'string') return undefined;
  return node.namedChildren
    .map((part) => {
      if (part.type === 'escape_sequence') return unescapeSequence(part.text);
      if (part.type === 'interpolation') return part.namedChildren[0] ? fill(part.namedChildren[0]) : '';
      return part.text;
    })
    .join('');
}

function readParam(node: SyntaxNode): Param {
  const [name, , defaultValue] = named(node);
  if (!name) throw new Error(`Unreadable parameter: ${node.text}`);
  const decorators = decoratorsOf(node);
  const allowedArray = decorators.get('allowed')?.namedChildren[0];
  return {
    name: name.text,
    ...(defaultValue ? { defaultValue } : {}),
    allowed: (allowedArray?.namedChildren ?? []).flatMap((value) => literal(value) ?? []),
    described: decorators.has('description'),
  };
}

/** The decorators written above a declaration, by name, each with its arguments node. */
function decoratorsOf(declaration: SyntaxNode): Map<string, SyntaxNode> {
  const siblings = named(declaration.parent ?? declaration);
  const previous = siblings[siblings.indexOf(declaration) - 1];
  const found = new Map<string, SyntaxNode>();
  if (previous?.type !== 'decorators') return found;
  for (const call of descendantsOfType(previous, 'call_expression')) {
    const name = call.children.find((child) => child.field === 'function');
    const args = call.children.find((child) => child.field === 'arguments');
    if (name && args && call.parent?.type === 'decorator') found.set(name.text, args);
  }
  return found;
}

function readAppSettings(root: SyntaxNode): AppSetting[] {
  const list = property(root, 'appSettings');
  if (list.type !== 'array') throw new Error(`appSettings is not an array: ${list.text}`);
  return list.namedChildren
    .filter((entry) => entry.type !== 'comment')
    .map((entry) => {
      const fields = new Map(
        entry.namedChildren
          .filter((child) => child.type === 'object_property')
          .map((child) => [named(child)[0]?.text, named(child)[1]] as const),
      );
      const name = fields.get('name');
      const value = fields.get('value');
      const nameText = name ? literal(name) : undefined;
      if (nameText === undefined || !value) throw new Error(`Unreadable app setting: ${entry.text}`);
      return { name: nameText, value };
    });
}

function syntaxNode(parsed: ParsedNode, source: string, parent: SyntaxNode | null): SyntaxNode {
  const node: SyntaxNode = {
    type: parsed.type,
    text: source.slice(parsed.start, parsed.end),
    isNamed: parsed.named,
    isMissing: parsed.missing,
    hasError: false,
    startPosition: { row: parsed.row, column: parsed.column },
    ...(parsed.field ? { field: parsed.field } : {}),
    parent,
    children: [],
    namedChildren: [],
  };
  node.children = parsed.children.map((child) => syntaxNode(child, source, node));
  node.namedChildren = node.children.filter((child) => child.isNamed);
  node.hasError = node.isMissing || node.type === 'ERROR' || node.children.some((child) => child.hasError);
  return node;
}

/** Named children without comments, which the grammar lets sit anywhere. */
function named(node: SyntaxNode): (SyntaxNode | undefined)[] {
  return node.namedChildren.filter((child) => child.type !== 'comment');
}

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

function unescapeSequence(sequence: string): string {
  const unicode = /^\\u\{([0-9a-fA-F]+)\}$/.exec(sequence);
  if (unicode?.[1]) return String.fromCodePoint(Number.parseInt(unicode[1], 16));
  const char = sequence.slice(1);
  return escapes[char] ?? char;
}
