import { describe, expect, test } from 'vitest';
import { embedSnippet, HEIGHT_MESSAGE_TYPE } from '../../src/embed';

describe('embedSnippet', () => {
  test('frames exactly the given address, escaped, with the given title and height', () => {
    const snippet = embedSnippet(
      'https://lab.example/?v=1&embed=sparse&sparse.kernel=5',
      'Lab: "Sparse"',
      612.4,
    );
    expect(snippet).toContain('src="https://lab.example/?v=1&amp;embed=sparse&amp;sparse.kernel=5"');
    expect(snippet).toContain('title="Lab: &quot;Sparse&quot;"');
    expect(snippet).toContain('height="613"');
  });

  test('lets the frame copy to the clipboard (a page on another site must allow it), and more if asked', () => {
    expect(embedSnippet('https://lab.example/', 'Lab', 100)).toContain('allow="clipboard-write"');
    for (const format of ['html', 'markdown', 'reveal'] as const)
      expect(
        embedSnippet('https://lab.example/', 'Lab', 100, format, ['clipboard-write', 'camera']),
      ).toContain('<iframe src="https://lab.example/" title="Lab" allow="clipboard-write; camera" ');
  });

  test('listens for the figure’s height message and resizes only the frame that sent it', () => {
    const snippet = embedSnippet('https://lab.example/', 'Lab', 100);
    const script = /<script>([\s\S]*)<\/script>/.exec(snippet)?.[1] ?? '';
    const listeners: ((event: { data: unknown; source: unknown }) => void)[] = [];
    const frames = [
      { contentWindow: 'frame A', style: { height: '' } },
      { contentWindow: 'frame B', style: { height: '' } },
    ];
    const run = new Function('addEventListener', 'document', script);
    run(
      (_: string, listener: (event: { data: unknown; source: unknown }) => void) => listeners.push(listener),
      {
        querySelectorAll: () => frames,
      },
    );
    listeners[0]({ data: { type: HEIGHT_MESSAGE_TYPE, figure: 'sparse', height: 734 }, source: 'frame B' });
    listeners[0]({ data: { type: 'something-else', height: 1 }, source: 'frame A' });
    expect(frames.map((frame) => frame.style.height)).toEqual(['', '734px']);
  });
});

describe('embedSnippet for each place a teacher pastes it', () => {
  const src = 'https://lab.example/?v=1&embed=deep&lang=zh&theme=light';

  test('Markdown: the frame alone, between blank lines, at the figure’s height (renderers drop scripts)', () => {
    const snippet = embedSnippet(src, 'Lab', 480.2, 'markdown');
    expect(snippet).not.toContain('<script');
    expect(snippet.startsWith('\n<iframe ')).toBe(true);
    expect(snippet.endsWith('</iframe>\n')).toBe(true);
    expect(snippet).toContain('height="481"');
  });

  test('reveal.js: a slide holding a 16:9 frame as wide as the slide, and no script', () => {
    const snippet = embedSnippet(src, 'Lab', 480, 'reveal');
    expect(snippet).toMatch(/^<section>\n {2}<iframe [^>]*src="https:\/\/lab\.example\/\?v=1&amp;embed=deep/);
    expect(snippet).toMatch(/<\/iframe>\n<\/section>$/);
    expect(snippet).toContain('width:100%;max-width:100%;height:auto;max-height:100%;aspect-ratio:16/9');
    expect(snippet).not.toContain('<script');
  });

  test('Jupyter: a cell that shows the address with IPython.display.IFrame, quotes escaped', () => {
    expect(embedSnippet(src, 'Lab', 480.5, 'jupyter')).toBe(
      `from IPython.display import IFrame\nIFrame("${src}", width="100%", height=481, extras=["allow=\\"clipboard-write\\""])`,
    );
    expect(embedSnippet('https://x/?a="b"\\', 'Lab', 1, 'jupyter')).toContain(
      'IFrame("https://x/?a=\\"b\\"\\\\",',
    );
  });
});
