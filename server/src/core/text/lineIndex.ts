// Converts between UTF-16 offsets and 0-based line/character positions.
// A line ends at "\n", "\r\n" or a lone "\r", as LSP defines it.

export interface LinePosition {
  line: number;
  character: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    // A regular expression scans as native code from its first use: no warm-up in a cold process.
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // Only "\n" ends lines: indexOf finds each one faster still.
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    } else {
      LINE_BREAK.lastIndex = 0;
      while (LINE_BREAK.test(text)) starts.push(LINE_BREAK.lastIndex);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: LinePosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The range fields of the JSON contract for a span. */
  rangeOf(start: number, end: number): { line: number; character: number; endLine: number; endCharacter: number } {
    const from = this.positionAt(start);
    const to = this.positionAt(end);
    return { line: from.line, character: from.character, endLine: to.line, endCharacter: to.character };
  }
}
