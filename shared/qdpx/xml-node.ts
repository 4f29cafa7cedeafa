// A small XML element tree and its rendering, for writing project.qde with escaped names and text.
import { escapeXml } from '../coding/xml';

export interface XmlNode {
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlNode[];
  /** Element text; a node has either text or children. */
  text?: string;
}

export function element(name: string, attributes: Record<string, string | undefined> = {}, children: XmlNode[] = []): XmlNode {
  return { name, attributes, children };
}

export function textElement(name: string, text: string, attributes: Record<string, string | undefined> = {}): XmlNode {
  return { name, attributes, children: [], text };
}

function renderAttributes(attributes: Record<string, string | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}

/** Element content: line breaks are kept as they are (escapeXml turns them into references, meant for attributes). */
function escapeText(text: string): string {
  return escapeXml(text).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

function renderNode(node: XmlNode, depth: number, out: string[]): void {
  const indent = ' '.repeat(depth);
  const open = `${indent}<${node.name}${renderAttributes(node.attributes)}`;
  if (node.text !== undefined) {
    out.push(`${open}>${escapeText(node.text)}</${node.name}>`);
  } else if (node.children.length === 0) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    for (const child of node.children) renderNode(child, depth + 1, out);
    out.push(`${indent}</${node.name}>`);
  }
}

export function renderXml(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  renderNode(root, 0, out);
  return out.join('\n') + '\n';
}
