import { markdownToText } from './markdown-to-text';

describe('markdownToText', () => {
  it.each([
    ['# Talks resume\n\nThe envoy arrived.', 'Talks resume\n\nThe envoy arrived.'],
    ['Heading\n=======\n\nBody text.', 'Heading\n\nBody text.'],
    ['Some **bold**, *italic*, __strong__ and _em_ words.', 'Some bold, italic, strong and em words.'],
    ['*a **nested** phrase*', 'a nested phrase'],
    ['See [the report](https://example.org/r "t") and ![a map](map.png).', 'See the report and a map.'],
    ['A [reference link][1].\n\n[1]: https://example.org', 'A reference link.'],
    ['snake_case_name stays, 2 * 3 * 4 stays', 'snake_case_name stays, 2 * 3 * 4 stays'],
    ['Escaped \\*stars\\* stay.', 'Escaped *stars* stay.'],
    ['A line\nwrapped softly.', 'A line wrapped softly.'],
    ['- first item\n- second item\n\n1. numbered', 'first item\n\nsecond item\n\nnumbered'],
    ['> quoted *words*\n> continue', 'quoted words continue'],
    ['Before\n\n```js\nconst x = 1;\n```\n\nAfter', 'Before\n\nAfter'],
    ['Use `kg extract` here &amp; there.', 'Use kg extract here & there.'],
    ['Text with <span class="x">inline html</span>.', 'Text with inline html.'],
    ['One\n\n---\n\nTwo', 'One\n\nTwo'],
    ['| a | b |\n|---|---|\n| 1 | 2 |', '| a | b |\n\n| 1 | 2 |'],
  ])('%j → %j', (markdown, text) => {
    expect(markdownToText(markdown).text).toBe(text);
  });

  it('takes title, date and url from front matter', () => {
    const md = '---\ntitle: "Summit ends"\ndate: 2024-05-01\nurl: https://example.org/a\n---\n# Other heading\n\nBody.';
    expect(markdownToText(md)).toEqual({
      text: 'Other heading\n\nBody.',
      title: 'Summit ends',
      date: '2024-05-01',
      url: 'https://example.org/a',
    });
  });

  it('falls back to the first level-1 heading for the title', () => {
    expect(markdownToText('## Section\n\n# Main title\n\nBody.').title).toBe('Main title');
  });
});
