// Counts the records of a CSV text as it streams in, chunk by chunk: a line break inside a quoted
// field (a signer's comment over two lines) does not end a record.
export class CsvRowCounter {
  private inQuotes = false;
  private sawText = false;
  /** Complete records seen so far, the header included. */
  records = 0;

  push(chunk: string): void {
    for (const char of chunk) {
      if (char === '"') this.inQuotes = !this.inQuotes;
      else if (char === '\n' && !this.inQuotes) {
        this.records += 1;
        this.sawText = false;
        continue;
      }
      if (char !== '\r') this.sawText = true;
    }
  }

  /** Records once the stream has ended: a last record without a final line break counts too. */
  finish(): number {
    if (this.sawText) {
      this.records += 1;
      this.sawText = false;
    }
    return this.records;
  }
}
