// The query language, parsed by a pure function: terms, "phrases", prefix*, fuzzy~, AND/OR/NOT, (), filters.
//
//   query   := or
//   or      := and ("OR" and)*
//   and     := unary (["AND"] unary)*        adjacent parts are ANDed
//   unary   := ("NOT" | "-") unary | primary
//   primary := "(" or ")" | "phrase" | field ":" (word | "quoted value") | word["*" | "~" | "~N"]
//
// Operators are upper case (lower-case "and", "or", "not" are searched as words). A word followed by ":"
// whose name is not a filter (e.g. "MA:17") is searched as words. `coded:yes` / `coded:no` keep passages
// inside / outside any coded segment; `coded:<theme>` keeps passages inside segments coded with that theme.
import { FILTER_FIELDS, type FilterField, type ParsedQuery, type QueryError, type QueryNode } from './query';

type Token =
  | { kind: 'word'; text: string; position: number }
  | { kind: 'phrase'; text: string; position: number }
  | { kind: 'filter'; field: FilterField; value: string; position: number }
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not' | 'minus'; position: number };

class QuerySyntaxError extends Error {
  constructor(readonly error: QueryError) {
    super(error.message);
  }
}

const fail = (message: string, position: number): never => {
  throw new QuerySyntaxError({ message, position });
};

const BREAK = /[\s()"]/;

function readQuoted(input: string, at: number): { text: string; next: number } {
  const close = input.indexOf('"', at + 1);
  if (close < 0) fail('This quote is never closed: add a closing ".', at);
  return { text: input.slice(at + 1, close), next: close + 1 };
}

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close', position: i });
      i += 1;
    } else if (char === '"') {
      const quoted = readQuoted(input, i);
      tokens.push({ kind: 'phrase', text: quoted.text, position: i });
      i = quoted.next;
    } else if (char === '-' && i + 1 < input.length && /[^\s)]/.test(input[i + 1]!) && (i === 0 || /[\s(]/.test(input[i - 1]!))) {
      tokens.push({ kind: 'minus', position: i });
      i += 1;
    } else {
      let end = i;
      while (end < input.length && !BREAK.test(input[end]!)) end += 1;
      const word = input.slice(i, end);
      const colon = word.indexOf(':');
      const field = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
      if ((FILTER_FIELDS as readonly string[]).includes(field)) {
        let value = word.slice(colon + 1);
        if (value === '' && input[end] === '"') {
          const quoted = readQuoted(input, end);
          value = quoted.text;
          end = quoted.next;
        }
        if (value.trim() === '') fail(`"${field}:" needs a value, e.g. ${field}:${EXAMPLES[field as FilterField]}.`, i);
        tokens.push({ kind: 'filter', field: field as FilterField, value: value.trim(), position: i });
      } else if (word === 'AND' || word === 'OR' || word === 'NOT') {
        tokens.push({ kind: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not', position: i });
      } else {
        tokens.push({ kind: 'word', text: word, position: i });
      }
      i = end;
    }
  }
  return tokens;
}

const EXAMPLES: Record<FilterField, string> = {
  city: 'Vienna',
  theme: 'Housing',
  kind: 'interview',
  lang: 'deu',
  doc: 'Burgas',
  speaker: 'B1',
  coded: 'yes',
};

function termNode(word: string, position: number): QueryNode {
  const fuzzy = /~(\d*)$/.exec(word);
  if (fuzzy) {
    const text = word.slice(0, fuzzy.index);
    if (text === '') fail('"~" must follow a word, as in integration~.', position);
    const edits = fuzzy[1] === '' ? 1 : Number(fuzzy[1]);
    if (edits < 1 || edits > 3) fail('Fuzzy search allows 1 to 3 differences, as in integration~2.', position + fuzzy.index);
    return { type: 'term', text, prefix: false, fuzzy: edits };
  }
  if (word.endsWith('*')) {
    const text = word.replace(/\*+$/, '');
    if (text === '') fail('"*" must follow the beginning of a word, as in integr*.', position);
    return { type: 'term', text, prefix: true, fuzzy: 0 };
  }
  return { type: 'term', text: word, prefix: false, fuzzy: 0 };
}

/** Deeper nesting of brackets and NOT is refused: no one types it, and the recursive parser must not run out of stack. */
const MAX_NESTING = 100;

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) fail('Type something to search for.', 0);
    const node = this.or();
    const extra = this.tokens[this.index];
    if (extra) fail(extra.kind === 'close' ? 'This ")" has no matching "(".' : 'Unexpected text here.', extra.position);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private or(): QueryNode {
    const children = [this.and()];
    while (this.peek()?.kind === 'or') {
      this.index += 1;
      children.push(this.and());
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  }

  private and(): QueryNode {
    const children = [this.unary()];
    for (;;) {
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'close') break;
      if (next.kind === 'and') this.index += 1;
      children.push(this.unary());
    }
    return children.length === 1 ? children[0]! : { type: 'and', children };
  }

  private unary(): QueryNode {
    const token = this.peek();
    if (token && (token.kind === 'not' || token.kind === 'minus')) {
      this.index += 1;
      return { type: 'not', child: this.nested(token.position, () => this.unary()) };
    }
    return this.primary();
  }

  private nested(position: number, parse: () => QueryNode): QueryNode {
    this.depth += 1;
    if (this.depth > MAX_NESTING) fail(`The query nests brackets or NOT more than ${MAX_NESTING} levels deep; simplify it.`, position);
    const node = parse();
    this.depth -= 1;
    return node;
  }

  private primary(): QueryNode {
    const next = this.peek();
    if (!next) return fail('The query ends where a word was expected.', this.length);
    const token: Token = next;
    this.index += 1;
    switch (token.kind) {
      case 'open': {
        if (this.peek()?.kind === 'close') fail('These parentheses are empty.', token.position);
        const inner = this.nested(token.position, () => this.or());
        if (this.peek()?.kind !== 'close') fail('This "(" is never closed: add a ")".', token.position);
        this.index += 1;
        return inner;
      }
      case 'phrase':
        if (token.text.trim() === '') fail('This phrase is empty.', token.position);
        return { type: 'phrase', text: token.text };
      case 'filter':
        return { type: 'filter', field: token.field, value: token.value };
      case 'word':
        return termNode(token.text, token.position);
      case 'close':
        return fail('This ")" has no matching "(".', token.position);
      default:
        return fail(`"${token.kind.toUpperCase()}" needs a word before and after it.`, token.position);
    }
  }
}

/** Parses a typed query; a syntax problem comes back as a message with its position, never thrown. */
export function parseQuery(input: string): ParsedQuery {
  try {
    return { ok: true, query: new Parser(lex(input), input.length).parse() };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, error: error.error };
    throw error;
  }
}
