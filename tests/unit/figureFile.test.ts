import { describe, expect, test } from 'vitest';
import { SCENES, sceneById } from '../../src/figures';
import { figureFile, readFigureFile } from '../../src/state';

const deepDefaults = () => ({ ...(sceneById('deep')?.defaults ?? {}) });

describe('a figure’s settings as a file', () => {
  test('holds the same keys and values as the figure’s link, and reads back to the same state', () => {
    const params = { ...deepDefaults(), inputLength: 20, pool: true };
    const text = figureFile('deep', { params, selection: { layer: 2, index: 5 } }, SCENES);
    expect(JSON.parse(text)).toEqual({
      kind: 'receptive-field-lab/figure',
      version: 1,
      figure: 'deep',
      settings: { 'deep.inputLength': '20', 'deep.pool': '1', 'deep.sel': '2:5' },
    });
    expect(readFigureFile(text, 'deep', SCENES)).toEqual({
      ok: true,
      params,
      selection: { layer: 2, index: 5 },
      notices: [],
    });
  });

  test('a wrong value is repaired as in a link, and the notice names the file as its source', () => {
    const text = JSON.stringify({
      kind: 'receptive-field-lab/figure',
      version: 1,
      figure: 'deep',
      settings: { 'deep.inputLength': '9999', 'sparse.kernel': '5' },
    });
    const read = readFigureFile(text, 'deep', SCENES);
    expect(read.ok && read.params.inputLength).toBe(64);
    expect(
      read.ok &&
        read.notices.map((notice) => [notice.key, notice.values.param, notice.source, notice.figure]),
    ).toEqual([
      ['notice.file.otherSetting', 'sparse.kernel', 'file', 'deep'],
      ['notice.url.outOfRange', 'deep.inputLength', 'file', 'deep'],
    ]);
  });

  test('refuses what is not JSON, not the lab’s, or another figure’s, and says which', () => {
    const key = (text: string) => {
      const read = readFigureFile(text, 'deep', SCENES);
      return read.ok ? null : read.notice.key;
    };
    expect(key('not json {')).toBe('notice.file.notJson');
    expect(key('[1, 2]')).toBe('notice.file.notLab');
    expect(key(JSON.stringify({ kind: 'something-else', figure: 'deep', settings: {} }))).toBe(
      'notice.file.notLab',
    );
    expect(key(JSON.stringify({ kind: 'receptive-field-lab/figure', figure: 'sparse', settings: {} }))).toBe(
      'notice.file.otherFigure',
    );
  });
});
