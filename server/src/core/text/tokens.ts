// Word, number and punctuation tokens with their UTF-16 offsets.

import * as wordFilter from './wordFilter';

// Read once: under a CommonJS transform (tsx, the tests, the bench) every use of an imported binding is a getter call.
const { MAX_SIGNED_LENGTH, signatureOfCodes } = wordFilter;

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /**
   * Lower case, with typographic apostrophes as "'"; for a number, what a reader reads, in ASCII digits
   * ("３１" and "3\u200d1" are "31"; "" for a figure no one reads as written, in a right-to-left override).
   */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** True when white space (or the span start) comes before the token. */
  spaceBefore: boolean;
  /** wordSignature(lower) for a word of ASCII letters and apostrophes, else -1 (see WordFilter). */
  signature: number;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The value of a decimal digit of another script that a reader reads as a digit: full-width "３",
 * Arabic-Indic "٣", extended Arabic-Indic "۳", Devanagari "३", Bengali "৩"; else -1.
 */
export function otherDigitValue(code: number): number {
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  if (code >= 0x966 && code <= 0x96f) return code - 0x966;
  if (code >= 0x9e6 && code <= 0x9ef) return code - 0x9e6;
  return -1;
}

function isAnyDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0x660 && otherDigitValue(code) >= 0);
}

/** Characters no reader sees: zero-width space, joiners, word joiner, soft hyphen, byte-order mark, direction marks. */
export function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff || code === 0xad;
}

/** Inside a number: an invisible character, or an Arabic decimal or thousands separator, before a digit. */
function continuesNumber(code: number, text: string, i: number, end: number): boolean {
  if (i + 1 >= end || !isAnyDigit(text.charCodeAt(i + 1))) return false;
  return isInvisible(code) || code === 0x66b || code === 0x66c;
}

/** Letters (any script) and combining marks, tested cheaply for ASCII and by Unicode property otherwise. */
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
function isAsciiLower(code: number): boolean {
  return (code - 97) >>> 0 < 26;
}
function isAsciiUpper(code: number): boolean {
  return (code - 65) >>> 0 < 26;
}
function isLetter(code: number, text: string, at: number): boolean {
  if (code < 128) return isAsciiLower(code | 32); // | 32 lower-cases an ASCII letter
  return NON_ASCII_LETTER.test(text[at]);
}

function isSpaceCode(code: number): boolean {
  if (code > 32 && code < 0xa0) return false; // printable ASCII: the common case, settled in one test
  return (
    code === 32 ||
    code === 10 ||
    code === 13 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x200b ||
    code === 12 ||
    code === 11
  );
}

/**
 * Tokens of text[start, end): a number (digits with "," or "." between digit groups), a word
 * (letters with inner apostrophes: "Pakistan's", "don't"), or a single punctuation mark.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  let spaceBefore = true;
  /** Where a right-to-left override ends, and whether it holds a number alone (read reversed, as it is seen). */
  let overrideEnd = -1;
  let overrideAlone = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      spaceBefore = true;
      i++;
      continue;
    }
    if (code >= 0x202a && (code <= 0x202e || (code >= 0x2066 && code <= 0x2069))) {
      // Direction controls are not seen; a right-to-left override reverses what it holds.
      if (code === 0x202e) {
        const pop = text.indexOf('\u202c', i + 1);
        overrideEnd = pop >= 0 && pop < end ? pop : end;
        overrideAlone = /^[\d.,]+$/.test(text.slice(i + 1, overrideEnd));
      }
      i++;
      continue;
    }
    const s = i;
    let kind: TokenKind;
    let typographicApostrophe = false;
    let signature = -1;
    let lowerCaseAscii = false;
    if (isDigit(code) || (code >= 0x660 && otherDigitValue(code) >= 0)) {
      i++;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if ((c === 44 || c === 46) && i + 1 < end && isAnyDigit(text.charCodeAt(i + 1))) i += 2;
        else if (c >= 128 && (otherDigitValue(c) >= 0 || continuesNumber(c, text, i, end))) i++;
        else break;
      }
      kind = 'number';
    } else if (isLetter(code, text, i)) {
      let ascii = code < 128;
      let upper = code >= 65 && code <= 90;
      i++;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (isAsciiLower(c)) i++;
        else if (isAsciiUpper(c)) {
          upper = true;
          i++;
        } else if (c >= 128 && NON_ASCII_LETTER.test(text[i])) {
          ascii = false;
          i++;
        } else if ((c === 39 || c === 0x2019) && i + 1 < end && isLetter(text.charCodeAt(i + 1), text, i + 1)) {
          if (c === 0x2019) typographicApostrophe = true;
          const after = text.charCodeAt(i + 1);
          if (c >= 128 || after >= 128) ascii = false;
          else if (after <= 90) upper = true;
          i += 2;
        } else break;
      }
      kind = 'word';
      lowerCaseAscii = ascii && !upper;
      // The signature of the lower-case form, from the codes at hand (ASCII letters lower-case by | 32).
      if (ascii && i - s <= MAX_SIGNED_LENGTH)
        signature = signatureOfCodes(i - s, code | 32, text.charCodeAt(i - 1) | 32);
    } else {
      // One punctuation mark; a surrogate pair (emoji) stays whole.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
      kind = 'punct';
    }
    const t = text.slice(s, i);
    let lower = t;
    if (kind === 'word') {
      if (!lowerCaseAscii) lower = t.toLowerCase();
      if (typographicApostrophe) lower = lower.replace(/’/g, "'");
    } else if (kind === 'number') {
      lower = asciiNumber(t);
      // Inside a right-to-left override: "‮771‬" is seen as "177"; a figure among other overridden text is not read ("").
      if (s < overrideEnd) lower = overrideAlone ? [...lower].reverse().join('') : '';
    }
    tokens.push({ text: t, lower, start: s, end: i, kind, spaceBefore, signature });
    spaceBefore = false;
  }
  return tokens;
}

/** A number token's text as a reader reads it, in ASCII: other scripts' digits as 0-9, invisible characters dropped. */
export function asciiNumber(text: string): string {
  let ascii = true;
  for (let k = 0; k < text.length; k++)
    if (text.charCodeAt(k) >= 128) {
      ascii = false;
      break;
    }
  if (ascii) return text;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 128) out += text[k];
    else if (otherDigitValue(code) >= 0) out += String(otherDigitValue(code));
    else if (code === 0x66b) out += '.';
    else if (code === 0x66c) out += ',';
  }
  return out;
}

/** Whether a token is there and is a word. */
export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Whether token j is a hyphen with no space before it ("e-mail", "550-member", "two-thirds"). */
export function isUnspacedHyphen(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.text === '-' && !tokens[j].spaceBefore;
}

export function isCapitalized(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const code = token.text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return false;
  const first = token.text[0];
  return first !== first.toLowerCase();
}

/**
 * Index of the first of `items` (tokens, mentions: in text order) that starts at or after `offset`, from `from` on
 * (binary search: a sentence's dates are few, its tokens many).
 */
export function firstStartingAt(items: readonly { start: number }[], offset: number, from = 0): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
