/**
 * The reference server parsed documents with graphql-java 12, whose ANTLR lexer skipped a character it could not
 * tokenize and carried on, where graphql-js rejects the document. One widely used client relies on that with a stray
 * `.` after a number where a comma belongs: `services(limit: 10, offset: 0. filters: $filters)`. graphql-java read
 * `0`, dropped the `.`, and went on with the next argument.
 *
 * This repairs exactly that case and nothing else: a `.` right after a number literal, followed (after optional
 * whitespace) by a name and a colon, i.e. the next argument or input field. The `.` becomes a `,` (ignored in GraphQL,
 * and the same length, so error locations stay true). Strings, block strings and comments are never touched, and a
 * valid float (`0.5`), a spread (`...`) or any other malformed text is left for graphql-js to judge.
 */
export function repairStrayDotsAfterNumbers(document: string): string {
  let repaired: string[] | null = null;
  let index = 0;
  while (index < document.length) {
    const char = document[index];
    if (char === '#') {
      index = endOfComment(document, index);
    } else if (char === '"') {
      index = document.startsWith('"""', index) ? endOfBlockString(document, index) : endOfString(document, index);
    } else if (isNameStart(char)) {
      index = endOfName(document, index);
    } else if (isDigit(char) || (char === '-' && isDigit(document[index + 1]))) {
      index = endOfNumber(document, index);
      if (isStrayDotBeforeName(document, index)) {
        repaired ??= document.split('');
        repaired[index] = ',';
        index += 1;
      }
    } else {
      index += 1;
    }
  }
  return repaired ? repaired.join('') : document;
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isNameStart = (char: string | undefined) => char !== undefined && (char === '_' || /[A-Za-z]/.test(char));
const isNameContinue = (char: string | undefined) => isNameStart(char) || isDigit(char);
const isBlank = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

function endOfComment(text: string, start: number): number {
  let index = start;
  while (index < text.length && text[index] !== '\n' && text[index] !== '\r') index += 1;
  return index;
}

function endOfString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') index += 2;
    else if (char === '"' || char === '\n' || char === '\r') return index + 1;
    else index += 1;
  }
  return index;
}

function endOfBlockString(text: string, start: number): number {
  let index = start + 3;
  while (index < text.length) {
    if (text.startsWith('\\"""', index)) index += 4;
    else if (text.startsWith('"""', index)) return index + 3;
    else index += 1;
  }
  return index;
}

function endOfName(text: string, start: number): number {
  let index = start + 1;
  while (isNameContinue(text[index])) index += 1;
  return index;
}

/** The end of a number token as graphql-java's lexer took it: -?digits, then .digits and an exponent if present. */
function endOfNumber(text: string, start: number): number {
  let index = text[start] === '-' ? start + 1 : start;
  while (isDigit(text[index])) index += 1;
  if (text[index] === '.' && isDigit(text[index + 1])) {
    index += 1;
    while (isDigit(text[index])) index += 1;
  }
  if ((text[index] === 'e' || text[index] === 'E') && (isDigit(text[index + 1]) || ((text[index + 1] === '+' || text[index + 1] === '-') && isDigit(text[index + 2])))) {
    index += 2;
    while (isDigit(text[index])) index += 1;
  }
  return index;
}

/** `.` at `index`, then optional blanks, a name, optional blanks and a colon: the next argument or input field. */
function isStrayDotBeforeName(text: string, index: number): boolean {
  if (text[index] !== '.') return false;
  let next = index + 1;
  while (isBlank(text[next])) next += 1;
  if (!isNameStart(text[next])) return false;
  next = endOfName(text, next);
  while (isBlank(text[next])) next += 1;
  return text[next] === ':';
}
