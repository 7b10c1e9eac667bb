import { readFileSync } from 'node:fs';

/**
 * CloudBase storage security rules (云存储安全规则), as the emulator enforces them on client
 * (mini-program) storage calls. Server-side SDK calls are admin and never see the rules.
 *
 * The rules are one JSON object for the whole bucket, `{ "read": <rule>, "write": <rule> }`, each rule
 * `true`, `false` or an expression string; a missing key is `false` (docs.cloudbase.net/storage/security-rules,
 * developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/storage/security-rules.html). `read` covers
 * downloads and temporary URLs, `write` uploads, overwrites and deletions. The expression sees:
 *   auth      null when the caller is not signed in; otherwise { openid } for a mini-program caller
 *   resource  { openid, path }: the file's owner (its creator's openid; for a file about to be created,
 *             the caller's) and its path relative to the bucket, without a leading "/"
 *
 * The emulator evaluates exactly the subset the product's rules use and refuses anything else **at
 * start** (never "allow what I cannot read"):
 *   literals        true, false, null, 'text' / "text"
 *   references      auth, auth.openid, resource.openid, resource.path
 *   comparison      ==, !=   (between those values; `auth` only against null)
 *   logic           &&, ||, parentheses (operands must be booleans: comparisons or logic)
 *   regex test      /pattern/.test(<string>), compared explicitly with == true / == false, as the docs
 *                   require ("需要显式地与 true 或 false 比较"); flags: none or i
 * Evaluation errors (a member of a null auth, test() of a non-string) deny the request.
 */

export type RuleOperation = 'read' | 'write';

export interface RuleContext {
  auth: { openid: string } | null;
  resource: { openid: string | null; path: string };
}

export interface StorageRulesSource {
  read?: boolean | string;
  write?: boolean | string;
}

type Value = string | boolean | null | { openid: string };

type Node =
  | { kind: 'literal'; value: string | boolean | null }
  | { kind: 'ref'; name: 'auth' | 'auth.openid' | 'resource.openid' | 'resource.path' }
  | { kind: 'test'; regex: RegExp; argument: Node }
  | { kind: 'compare'; operator: '==' | '!='; left: Node; right: Node }
  | { kind: 'logic'; operator: '&&' | '||'; left: Node; right: Node };

const REFERENCES = new Set(['auth', 'auth.openid', 'resource.openid', 'resource.path']);

/** A rule the emulator cannot evaluate (or that production would not accept): refused at start. */
export class StorageRulesError extends Error {}

class EvaluationError extends Error {}

type Token =
  | { type: 'op'; text: '==' | '!=' | '&&' | '||' | '(' | ')' | '.' }
  | { type: 'ident'; text: string }
  | { type: 'string'; text: string }
  | { type: 'regex'; source: string; flags: string }
  | { type: 'end' };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new StorageRulesError(`${message} at position ${i} of ${JSON.stringify(expression)}`);
  };
  // A "/" starts a regex literal where an operand is expected (start, after an operator or "(").
  const operandExpected = () => {
    const last = tokens[tokens.length - 1];
    return !last || (last.type === 'op' && last.text !== ')');
  };
  while (i < expression.length) {
    const char = expression[i] as string;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const two = expression.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '&&' || two === '||') {
      if (expression[i + 2] === '=') fail(`"${two}=" is not supported (use == and !=)`);
      tokens.push({ type: 'op', text: two });
      i += 2;
      continue;
    }
    if (char === '(' || char === ')' || char === '.') {
      tokens.push({ type: 'op', text: char });
      i++;
      continue;
    }
    if (/[A-Za-z_$]/.test(char)) {
      const start = i;
      while (i < expression.length && /[A-Za-z0-9_$]/.test(expression[i] as string)) i++;
      tokens.push({ type: 'ident', text: expression.slice(start, i) });
      continue;
    }
    if (char === "'" || char === '"') {
      let text = '';
      i++;
      while (i < expression.length && expression[i] !== char) {
        if (expression[i] === '\\') i++;
        if (i >= expression.length) break;
        text += expression[i];
        i++;
      }
      if (expression[i] !== char) fail('unterminated string');
      i++;
      tokens.push({ type: 'string', text });
      continue;
    }
    if (char === '/' && operandExpected()) {
      let source = '';
      let inClass = false;
      i++;
      while (i < expression.length && (expression[i] !== '/' || inClass)) {
        const c = expression[i] as string;
        if (c === '\\') {
          source += c + (expression[i + 1] ?? '');
          i += 2;
          continue;
        }
        if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        source += c;
        i++;
      }
      if (expression[i] !== '/') fail('unterminated regular expression');
      i++;
      let flags = '';
      while (i < expression.length && /[a-z]/.test(expression[i] as string)) flags += expression[i++];
      tokens.push({ type: 'regex', source, flags });
      continue;
    }
    fail(
      `unsupported character ${JSON.stringify(char)} (the emulator evaluates ==, !=, &&, ||, parentheses, auth/resource references, strings and /regex/.test())`,
    );
  }
  tokens.push({ type: 'end' });
  return tokens;
}

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly expression: string,
  ) {}

  parse(): Node {
    const node = this.or();
    if (this.peek().type !== 'end') this.fail('unexpected text after the expression');
    requireBoolean(node, this.expression);
    return node;
  }

  private or(): Node {
    let left = this.and();
    while (this.isOp('||')) {
      this.position++;
      const right = this.and();
      requireBoolean(left, this.expression);
      requireBoolean(right, this.expression);
      left = { kind: 'logic', operator: '||', left, right };
    }
    return left;
  }

  private and(): Node {
    let left = this.comparison();
    while (this.isOp('&&')) {
      this.position++;
      const right = this.comparison();
      requireBoolean(left, this.expression);
      requireBoolean(right, this.expression);
      left = { kind: 'logic', operator: '&&', left, right };
    }
    return left;
  }

  private comparison(): Node {
    const left = this.primary();
    const token = this.peek();
    if (token.type === 'op' && (token.text === '==' || token.text === '!=')) {
      this.position++;
      const right = this.primary();
      const node: Node = { kind: 'compare', operator: token.text, left, right };
      checkComparison(node, this.expression);
      return node;
    }
    if (left.kind === 'test') this.fail('compare the result of test() explicitly with == true or == false (CloudBase requires it)');
    return left;
  }

  private primary(): Node {
    const token = this.next();
    if (token.type === 'op' && token.text === '(') {
      const inner = this.or();
      if (!this.isOp(')')) this.fail('missing ")"');
      this.position++;
      return inner;
    }
    if (token.type === 'string') return { kind: 'literal', value: token.text };
    if (token.type === 'regex') {
      if (!/^i?$/.test(token.flags)) this.fail(`regular expression flags "${token.flags}" are not supported (none or i)`);
      let regex: RegExp;
      try {
        regex = new RegExp(token.source, token.flags);
      } catch (error) {
        return this.fail(`invalid regular expression /${token.source}/: ${(error as Error).message}`);
      }
      this.expectOp('.');
      const method = this.next();
      if (method.type !== 'ident' || method.text !== 'test') this.fail('only /regex/.test(...) is supported on a regular expression');
      this.expectOp('(');
      const argument = this.or();
      this.expectOp(')');
      if (argument.kind === 'logic' || argument.kind === 'compare' || argument.kind === 'test') this.fail('test() takes a string');
      return { kind: 'test', regex, argument };
    }
    if (token.type === 'ident') {
      if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true' };
      if (token.text === 'null') return { kind: 'literal', value: null };
      let name = token.text;
      while (this.isOp('.')) {
        this.position++;
        const member = this.next();
        if (member.type !== 'ident') this.fail('expected a property name after "."');
        name += `.${(member as { text: string }).text}`;
      }
      if (!REFERENCES.has(name)) {
        this.fail(`"${name}" is not evaluated by the emulator (it knows auth, auth.openid, resource.openid, resource.path)`);
      }
      return { kind: 'ref', name: name as 'auth' };
    }
    return this.fail('expected a value');
  }

  private peek(): Token {
    return this.tokens[this.position] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.position++;
    return token;
  }

  private isOp(text: string): boolean {
    const token = this.peek();
    return token.type === 'op' && token.text === text;
  }

  private expectOp(text: string): void {
    if (!this.isOp(text)) this.fail(`expected "${text}"`);
    this.position++;
  }

  private fail(message: string): never {
    throw new StorageRulesError(`${message} in ${JSON.stringify(this.expression)}`);
  }
}

function isBoolean(node: Node): boolean {
  return node.kind === 'compare' || node.kind === 'logic' || (node.kind === 'literal' && typeof node.value === 'boolean');
}

function requireBoolean(node: Node, expression: string): void {
  if (!isBoolean(node)) {
    throw new StorageRulesError(
      `operands of && and || and the whole rule must be true/false (a comparison), in ${JSON.stringify(expression)}`,
    );
  }
}

function checkComparison(node: Extract<Node, { kind: 'compare' }>, expression: string): void {
  const sides = [node.left, node.right];
  const fail = (message: string): never => {
    throw new StorageRulesError(`${message} in ${JSON.stringify(expression)}`);
  };
  for (const [side, other] of [sides, [...sides].reverse()] as Array<[Node, Node]>) {
    if (side.kind === 'test' && !(other.kind === 'literal' && typeof other.value === 'boolean'))
      fail('compare test() only with true or false');
    if (side.kind === 'ref' && side.name === 'auth' && !(other.kind === 'literal' && other.value === null))
      fail('compare auth only with null');
    if (side.kind === 'logic' || side.kind === 'compare') fail('comparisons do not chain; use parentheses and && / ||');
  }
}

function evaluate(node: Node, context: RuleContext): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'ref': {
      if (node.name === 'auth') return context.auth;
      if (node.name === 'auth.openid') {
        if (context.auth === null) throw new EvaluationError('auth is null');
        return context.auth.openid;
      }
      return node.name === 'resource.openid' ? context.resource.openid : context.resource.path;
    }
    case 'test': {
      const argument = evaluate(node.argument, context);
      if (typeof argument !== 'string') throw new EvaluationError('test() of a non-string');
      return node.regex.test(argument);
    }
    case 'compare': {
      const equal = evaluate(node.left, context) === evaluate(node.right, context);
      return node.operator === '==' ? equal : !equal;
    }
    case 'logic': {
      const left = evaluate(node.left, context);
      if (node.operator === '&&' ? left === false : left === true) return left;
      return evaluate(node.right, context);
    }
  }
}

/** The parsed rules of a bucket. */
export class StorageRules {
  private readonly rules: Record<RuleOperation, Node>;

  constructor(source: unknown, origin = 'storage rules') {
    if (typeof source !== 'object' || source === null || Array.isArray(source)) {
      throw new StorageRulesError(`${origin}: expected an object { "read": ..., "write": ... }`);
    }
    const unknown = Object.keys(source).filter((key) => key !== 'read' && key !== 'write');
    if (unknown.length > 0)
      throw new StorageRulesError(`${origin}: unknown key(s) ${unknown.join(', ')} (storage rules have "read" and "write" only)`);
    const parse = (operation: RuleOperation): Node => {
      const rule = (source as Record<string, unknown>)[operation];
      if (rule === undefined || typeof rule === 'boolean') return { kind: 'literal', value: rule ?? false };
      if (typeof rule !== 'string') throw new StorageRulesError(`${origin}: "${operation}" must be true, false or an expression string`);
      try {
        return new Parser(tokenize(rule), rule).parse();
      } catch (error) {
        if (error instanceof StorageRulesError) throw new StorageRulesError(`${origin}: "${operation}": ${error.message}`);
        throw error;
      }
    };
    this.rules = { read: parse('read'), write: parse('write') };
  }

  /** Whether a client may perform the operation; evaluation errors deny. */
  allows(operation: RuleOperation, context: RuleContext): boolean {
    try {
      return evaluate(this.rules[operation], context) === true;
    } catch (error) {
      if (error instanceof EvaluationError) return false;
      throw error;
    }
  }
}

/** Loads and checks a rules file (JSON); an expression the emulator cannot evaluate stops the start. */
export function loadStorageRules(file: string): StorageRules {
  let source: unknown;
  try {
    source = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StorageRulesError(`${file}: ${(error as Error).message}`);
  }
  return new StorageRules(source, file);
}
