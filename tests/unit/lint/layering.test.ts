// The architecture rule as a lint error: shared/ may not reach for a runtime (electron, react, node:*, window, document).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('shared/ stays runtime-free', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;", 'no-restricted-imports'],
    ["import { useState } from 'react';\nexport const a = useState;", 'no-restricted-imports'],
    ["import { createRoot } from 'react-dom/client';\nexport const a = createRoot;", 'no-restricted-imports'],
    ["import { readFile } from 'node:fs/promises';\nexport const a = readFile;", 'no-restricted-imports'],
    ["import path from 'path';\nexport const a = path;", 'no-restricted-imports'],
    ['export const width = window.innerWidth;', 'no-restricted-globals'],
    ["export const el = document.createElement('p');", 'no-restricted-globals'],
    ['export const env = process.env;', 'no-restricted-globals'],
  ])('refuses %s', async (code, rule) => {
    expect(await ruleIds(code, 'shared/example.ts')).toContain(rule);
  });

  it('allows runtime-neutral packages and Web APIs in shared/', async () => {
    const code = "import Dexie from 'dexie';\nexport const d = Dexie;\nexport const t = new TextDecoder('utf-8');\n";
    expect(await ruleIds(code, 'shared/example.ts')).toEqual([]);
  });

  it('allows the same imports outside shared/', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await ruleIds(code, 'main/example.ts')).toEqual([]);
  });
});
