// A cheap, exact-safe pre-filter for word look-ups on the hot path of the extractor. Most tokens are
// not in a given word list; hashing each fresh token string into a Set or object costs more than
// checking a bit table indexed by the word's length, first and last letter. `mayHave` never answers
// false for a listed word; a true answer must still be confirmed by the real look-up. `has` does both,
// and compares directly with the listed word when only one has the token's signature.

const LETTERS = 26;
export const MAX_SIGNED_LENGTH = 15;

/** Index of a lower-case ASCII word of 1..15 letters by (length, first letter, last letter), or -1. */
export function wordSignature(word: string): number {
  const length = word.length;
  if (length === 0 || length > MAX_SIGNED_LENGTH) return -1;
  return signatureOfCodes(length, word.charCodeAt(0), word.charCodeAt(length - 1));
}

/** The signature of a word of `length` letters whose first and last character codes are given (lower case). */
export function signatureOfCodes(length: number, firstCode: number, lastCode: number): number {
  const first = firstCode - 97;
  const last = lastCode - 97;
  if (length === 0 || length > MAX_SIGNED_LENGTH || first < 0 || first >= LETTERS || last < 0 || last >= LETTERS)
    return -1;
  return (length * LETTERS + first) * LETTERS + last;
}

export const WORD_SIGNATURES = (MAX_SIGNED_LENGTH + 1) * LETTERS * LETTERS;

export class WordFilter {
  private readonly bits = new Uint8Array(WORD_SIGNATURES);
  /** The word of each signature that only one word has (a token is compared with it directly), else null. */
  private readonly onlyWord: Array<string | null> = new Array<string | null>(WORD_SIGNATURES).fill(null);
  private readonly words: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    const shared = new Uint8Array(WORD_SIGNATURES);
    for (const word of this.words) {
      const signature = wordSignature(word);
      if (signature < 0) continue;
      if (this.bits[signature] === 1) shared[signature] = 1;
      this.bits[signature] = 1;
      this.onlyWord[signature] = shared[signature] === 1 ? null : word;
    }
  }

  /**
   * Whether a token's lower-case form is one of the words, exactly: most tokens are ruled out by the bit
   * table or by one comparison, and only the rest are hashed into the set.
   */
  has(token: { signature: number; lower: string }): boolean {
    const signature = token.signature;
    if (signature >= 0) {
      if (this.bits[signature] === 0) return false;
      const onlyWord = this.onlyWord[signature];
      if (onlyWord !== null) return token.lower === onlyWord;
    }
    return this.words.has(token.lower);
  }

  /** False only when `word` is certainly not one of the words (words outside the table's reach are maybes). */
  mayHave(word: string): boolean {
    const signature = wordSignature(word);
    return signature < 0 || this.bits[signature] === 1;
  }

  /** mayHave for a token, by the signature the tokenizer computed (-1: unknown, so maybe). */
  mayHaveSignature(signature: number): boolean {
    return signature < 0 || this.bits[signature] === 1;
  }
}
