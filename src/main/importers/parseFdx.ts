// Parses Final Draft (.fdx) XML safely (no DOCTYPE, no entity expansion, size and depth caps) into screenplay elements.
import { XMLParser } from 'fast-xml-parser';
import { ProjectError } from '../store/projectError';
import type { Deadline } from './deadline';
import type { Screenplay, ScreenplayElement } from './screenplay';

type XmlNode = Record<string, unknown>;

const typeMap: Record<string, ScreenplayElement['type']> = {
  'scene heading': 'scene',
  action: 'action',
  general: 'action',
  shot: 'action',
  'cast list': 'action',
  character: 'character',
  dialogue: 'dialogue',
  parenthetical: 'parenthetical',
  transition: 'transition',
  lyrics: 'lyrics',
  'new act': 'section',
  'end of act': 'section',
  'act break': 'section',
};

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the five XML entities and character references ourselves (the parser expands nothing). */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return named[ref] ?? m;
  });
}

/** Refuses XML that could make a parser expand, fetch or recurse: DOCTYPE/ENTITY declarations and deep nesting. */
export function preflightXml(xml: string, name: string, maxDepth: number, deadline?: Deadline): void {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new ProjectError('unsafe-input', `${name}: the file declares a DOCTYPE or entities, which Final Draft files never do; it was not read.`, name);
  }
  let depth = 0;
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    deadline?.check();
    const next = xml.charCodeAt(lt + 1);
    const closing = next === 47; // '/'
    const first = closing ? xml.charCodeAt(lt + 2) : next;
    const isName = (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95;
    if (!isName) continue;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    if (closing) depth--;
    else if (xml.charCodeAt(gt - 1) !== 47) depth++;
    lt = gt;
    if (depth > maxDepth) {
      throw new ProjectError('unsafe-input', `${name}: the XML is nested more than ${maxDepth} levels deep; it was not read.`, name);
    }
  }
}

const childrenOf = (node: XmlNode): XmlNode[] => {
  const key = Object.keys(node).find((k) => k !== ':@');
  const v = key ? node[key] : undefined;
  return Array.isArray(v) ? (v as XmlNode[]) : [];
};
const tagOf = (node: XmlNode): string => Object.keys(node).find((k) => k !== ':@') ?? '';
const attr = (node: XmlNode, name: string): string | undefined => {
  const a = node[':@'] as Record<string, unknown> | undefined;
  const v = a?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
};

function textOf(node: XmlNode): string {
  if (tagOf(node) === '#text') return String(node['#text'] ?? '');
  let out = '';
  for (const c of childrenOf(node)) out += textOf(c);
  return out;
}

/** Text of a paragraph's own <Text> runs (not those inside its script notes). */
function paragraphText(p: XmlNode): string {
  let out = '';
  for (const c of childrenOf(p)) if (tagOf(c) === 'Text') out += textOf(c);
  return decodeXmlEntities(out);
}

/** Parses FDX text into the shared screenplay model. */
export function parseFdx(xml: string, name: string, maxDepth: number, deadline?: Deadline): Screenplay {
  preflightXml(xml, name, maxDepth, deadline);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  let doc: XmlNode[];
  try {
    doc = parser.parse(xml) as XmlNode[];
  } catch (e) {
    throw new ProjectError('corrupt', `${name}: not a readable Final Draft file (${(e as Error).message.split('\n')[0]}).`, name);
  }
  const root = doc.find((n) => tagOf(n) === 'FinalDraft');
  if (!root) throw new ProjectError('unsupported', `${name}: this XML is not a Final Draft document (no <FinalDraft> element).`, name);
  const elements: ScreenplayElement[] = [];
  const titlePage: Record<string, string> = {};

  const visitParagraph = (p: XmlNode, dual: boolean) => {
    deadline?.check();
    for (const c of childrenOf(p)) {
      if (tagOf(c) === 'ScriptNote') {
        const note = childrenOf(c).filter((x) => tagOf(x) === 'Paragraph').map(paragraphText).join('\n').trim();
        if (note) elements.push({ type: 'note', text: note });
      } else if (tagOf(c) === 'DualDialogue') {
        for (const inner of childrenOf(c)) if (tagOf(inner) === 'Paragraph') visitParagraph(inner, true);
      }
    }
    const text = paragraphText(p);
    if (!text.trim()) return;
    const kind = (attr(p, 'Type') ?? 'Action').toLowerCase();
    let type = typeMap[kind] ?? 'action';
    if (type === 'action' && attr(p, 'Alignment')?.toLowerCase() === 'center') type = 'centered';
    const el: ScreenplayElement = { type, text: text.replace(/\r\n?/g, '\n') };
    if (type === 'section') el.depth = 1;
    if (type === 'character' && dual) el.dual = true;
    elements.push(el);
  };

  for (const section of childrenOf(root)) {
    const tag = tagOf(section);
    if (tag === 'Content') {
      for (const p of childrenOf(section)) if (tagOf(p) === 'Paragraph') visitParagraph(p, false);
    } else if (tag === 'TitlePage') {
      const lines: string[] = [];
      for (const content of childrenOf(section)) {
        if (tagOf(content) !== 'Content') continue;
        for (const p of childrenOf(content)) if (tagOf(p) === 'Paragraph') lines.push(paragraphText(p).trim());
      }
      const nonEmpty = lines.filter(Boolean);
      if (nonEmpty.length) titlePage.title = nonEmpty[0];
      if (nonEmpty.length > 1) titlePage.credit = nonEmpty.slice(1).join('\n');
    }
  }
  return { titlePage, elements };
}
