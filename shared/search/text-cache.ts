// Recently read document texts (for phrase checks and snippets), kept up to a number of characters.

export class TextCache {
  private readonly texts = new Map<string, string>();
  private size = 0;

  constructor(private readonly budget: number) {}

  get(id: string): string | undefined {
    const text = this.texts.get(id);
    if (text !== undefined) {
      this.texts.delete(id);
      this.texts.set(id, text);
    }
    return text;
  }

  set(id: string, text: string): void {
    this.delete(id);
    this.texts.set(id, text);
    this.size += text.length;
    for (const [oldest, value] of this.texts) {
      if (this.size <= this.budget || oldest === id) break;
      this.texts.delete(oldest);
      this.size -= value.length;
    }
  }

  delete(id: string): void {
    const text = this.texts.get(id);
    if (text === undefined) return;
    this.texts.delete(id);
    this.size -= text.length;
  }
}
