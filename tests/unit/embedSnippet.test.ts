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
