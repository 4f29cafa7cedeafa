// Runs axe-core in the page and fails on serious or critical accessibility violations, listing each in plain words.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The violations axe-core reports for the page as it is now (all impacts), optionally limited to a CSS selector. */
export async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  // Evaluated through the devtools protocol: the app's Content-Security-Policy forbids inline script tags.
  if (!loaded) await page.evaluate(`${await axeSource}\n;void 0`);
  return page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  }, include ?? null);
}

/** Readable lines for a list of violations: rule, impact, what it means, and up to five offending elements. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`);
      const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
      return [`- ${v.id} (${v.impact}): ${v.help}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/** Fails with a readable list when the page (or the part matched by `include`) has serious or critical violations. */
export async function expectAccessible(page: Page, screenName: string, include?: string): Promise<void> {
  // Colours are checked as they end: mid-transition (a dialog fading in) text and background are blends.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), null, { timeout: 5_000 })
    .catch(() => undefined);
  const violations = await axeViolations(page, include);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    throw new Error(`${screenName}: ${blocking.length} serious or critical accessibility problem(s)\n${describeViolations(blocking)}`);
  }
}
