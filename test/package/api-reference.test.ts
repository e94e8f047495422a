// The README's API reference and custom-elements.json (generated from the source by `npm run build`)
// must tell the same story: every attribute, event, method and CSS part of each element, no more.
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  members?: Array<{ kind: string; name: string; privacy?: string; static?: boolean }>;
}

const TAGS = ['wallet-faq', 'wallet-checklist', 'wallet-help'];

let readme = '';
let manifest: Declaration[] = [];

before(async () => {
  readme = await (await fetch('/README.md')).text();
  const json = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Declaration[] }> };
  manifest = json.modules.flatMap((module) => module.declarations ?? []);
});

/** The README section `## \`<tag>\``, up to the next `## `. */
function section(tag: string): string {
  const start = readme.indexOf(`\n## \`<${tag}>\``);
  expect(start, `README section for <${tag}>`).to.be.above(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Table rows of `text` whose header starts with `header`, as arrays of cells. */
function table(text: string, header: string): string[][] {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  if (at < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

const names = (cell: string) => [...cell.matchAll(/`([^`(]+)(?:\([^`]*\))?`/g)].map((match) => match[1]!);
const sorted = (list: Iterable<string>) => [...new Set(list)].sort();
const declaration = (tag: string) => manifest.find((each) => each.tagName === tag)!;

describe('the README’s API reference and custom-elements.json', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('lists the same attributes', () => {
        const documented = table(section(tag), 'Attribute').flatMap((row) => names(row[0]!));
        expect(sorted(documented)).to.deep.equal(sorted(declaration(tag).attributes!.map((each) => each.name)));
      });

      it('lists the same properties (beside lang, which every HTML element has)', () => {
        const documented = table(section(tag), 'Attribute').flatMap((row) => names(row[1]!));
        const fields = declaration(tag)
          .members!.filter((member) => member.kind === 'field' && !member.static && member.privacy === 'public')
          .map((member) => member.name);
        expect(sorted(documented.filter((name) => name !== 'lang'))).to.deep.equal(sorted(fields));
      });

      it('lists the same events', () => {
        const documented = table(section(tag), 'Event').flatMap((row) => names(row[0]!));
        expect(sorted(documented)).to.deep.equal(sorted(declaration(tag).events!.map((each) => each.name)));
      });

      it('lists the same public methods', () => {
        const documented = table(section(tag), 'Method').flatMap((row) => names(row[0]!));
        const methods = declaration(tag)
          .members!.filter((member) => member.kind === 'method' && !member.static && !member.privacy && !member.name.startsWith('#'))
          .map((member) => member.name);
        expect(sorted(documented)).to.deep.equal(sorted(methods));
      });

      it('lists the same CSS parts', () => {
        const line = section(tag).split('\n\n').find((paragraph) => paragraph.startsWith('**CSS parts:**')) ?? '';
        expect(sorted(names(line))).to.deep.equal(sorted(declaration(tag).cssParts!.map((each) => each.name)));
      });

      it('reads only custom properties the theming table documents', () => {
        const documented = table(section('wallet-faq'), 'Custom property').flatMap((row) => names(row[0]!));
        expect(documented).to.include.members(declaration(tag).cssProperties!.map((each) => each.name));
      });
    });
  }
});
