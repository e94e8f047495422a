import { expect } from '@open-wc/testing';
import zh from '../../content/zh-CN.json';
import type { ContentPack } from '../../src/content/types.js';

describe('the README', () => {
  it("lists each topic's question and built-in error codes exactly as the content pack has them", async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('\n## Error codes'));
    const rows = section
      .slice(0, section.indexOf('\n## ', 1))
      .split('\n')
      .filter((line) => /^\| `[a-z-]+` \|/.test(line))
      .map((line) => {
        const cells = line.split('|').map((cell) => cell.trim());
        return { topic: cells[1]!.replace(/`/g, ''), question: cells[2]!.split('<br>')[0], codes: [...cells[3]!.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]) };
      });
    const expected = (zh as unknown as ContentPack).topics.map((topic) => ({ topic: topic.id, question: topic.question, codes: topic.errorCodes }));
    expect(rows).to.deep.equal(expected);
  });
});
