// Repository storage: how fast generated documents are stored and counted (Node, fake-indexeddb).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { RepositoryDb, addDocument, countRepository } from '../../shared/db';
import { sha256Hex } from '../../shared/hash';
import { generateTranscripts } from '../corpus/generate';
import type { BenchSuite } from '../run';

export const repositorySuite: BenchSuite = {
  name: 'repository storage',
  async run(report) {
    for (const count of [100, 1000]) {
      const transcripts = generateTranscripts(count, count === 1000 ? 2000 : 8000);
      const db = new RepositoryDb(`bench-${count}-${Date.now()}`, { indexedDB, IDBKeyRange });
      const characters = transcripts.reduce((n, t) => n + t.text.length, 0);
      const started = performance.now();
      for (const t of transcripts) {
        const hash = await sha256Hex(t.text);
        const stored = await addDocument(
          db,
          { coder: 'bench' },
          {
            title: t.title, kind: 'interview', sourceFormat: 'txt', language: t.language, text: t.text,
            textHash: hash, sha256: hash, pages: [], turns: [], headings: [], cityIds: [], themeIds: [],
            attributes: {}, metadata: {}, importedFrom: `${t.title}.txt`, size: t.text.length,
          },
          null,
        );
        if (!stored.ok) throw new Error(stored.error.message);
      }
      const ms = performance.now() - started;
      const counts = await countRepository(db);
      report({
        measure: `store ${counts.documents} documents one transaction each`,
        value: ms,
        unit: 'ms',
        note: `${(characters / 1e6).toFixed(1)} M chars, ${((characters / 1e6) / (ms / 1000)).toFixed(1)} M chars/s`,
      });
      db.close();
    }
  },
};
