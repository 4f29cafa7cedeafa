// Remembers where exports were saved under opaque random tokens, so the renderer can ask to reveal a file without ever holding its path.
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export class SavedFiles {
  readonly #paths = new Map<string, string>();
  #lastFolder: string | null = null;

  /** Records a saved file and returns the token that names it. */
  remember(filePath: string): string {
    const token = randomBytes(18).toString('base64url');
    this.#paths.set(token, filePath);
    this.#lastFolder = path.dirname(filePath);
    return token;
  }

  pathOf(token: string): string | undefined {
    return this.#paths.get(token);
  }

  /** The folder of the most recent export, if any. */
  lastFolder(): string | null {
    return this.#lastFolder;
  }
}
