import { StringDecoder } from 'node:string_decoder';

/**
 * Keeps the first `limitBytes` bytes appended and drops the rest, so a chatty task costs bounded memory while its
 * producer is still read to the end (a child blocked on a full pipe would never exit).
 */
export class CappedOutput {
  private readonly chunks: Buffer[] = [];
  private keptBytes = 0;
  private dropped = false;

  constructor(private readonly limitBytes: number) {}

  get truncated(): boolean {
    return this.dropped;
  }

  /** Whether further bytes would all be dropped. */
  get full(): boolean {
    return this.keptBytes >= this.limitBytes;
  }

  append(chunk: Uint8Array): void {
    const room = this.limitBytes - this.keptBytes;
    if (chunk.length <= room) {
      this.chunks.push(Buffer.from(chunk));
      this.keptBytes += chunk.length;
      return;
    }
    if (room > 0) {
      this.chunks.push(Buffer.from(chunk.subarray(0, room)));
      this.keptBytes += room;
    }
    if (chunk.length > 0) this.dropped = true;
  }

  text(): string {
    const bytes = Buffer.concat(this.chunks, this.keptBytes);
    // The cut may fall inside a multi-byte character; the decoder holds the incomplete tail back instead of emitting
    // U+FFFD for it.
    return this.dropped ? new StringDecoder('utf8').write(bytes) : bytes.toString('utf8');
  }
}
