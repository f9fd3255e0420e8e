// A cheap, exact-safe pre-filter for word look-ups on the hot path of the extractor. Most tokens are
// not in a given word list; hashing each fresh token string into a Set or object costs more than
// checking a bit table indexed by the word's length, first and last letter. `mayHave` never answers
// false for a listed word; a true answer must still be confirmed by the real look-up.

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
  if (length === 0 || length > MAX_SIGNED_LENGTH || first < 0 || first >= LETTERS || last < 0 || last >= LETTERS) return -1;
  return (length * LETTERS + first) * LETTERS + last;
}

export const WORD_SIGNATURES = (MAX_SIGNED_LENGTH + 1) * LETTERS * LETTERS;

export class WordFilter {
  private readonly bits = new Uint8Array(WORD_SIGNATURES);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const signature = wordSignature(word);
      if (signature >= 0) this.bits[signature] = 1;
    }
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
