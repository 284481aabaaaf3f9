import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIGURES } from '../../src/figures';
import {
  detectLanguage,
  en,
  formatBytes,
  formatMeasure,
  formatNumber,
  joinSentences,
  type Message,
  messageForms,
  placeholdersOf,
  registerMessages,
  subscript,
  translate,
  unitName,
  zh,
} from '../../src/i18n';
import { edgesViewEn, edgesViewZh } from '../../src/i18n/messages/edgesView';
import { embedViewEn, embedViewZh } from '../../src/i18n/messages/embedView';
import { equivarianceViewEn, equivarianceViewZh } from '../../src/i18n/messages/equivarianceView';
import { noticesEn, noticesZh } from '../../src/i18n/messages/notices';
import { playgroundViewEn, playgroundViewZh } from '../../src/i18n/messages/playgroundView';
import { predictViewEn, predictViewZh } from '../../src/i18n/messages/predictView';
import { tilingViewEn, tilingViewZh } from '../../src/i18n/messages/tilingView';

/** Every message set, in both languages: the page's own, each figure's, and those that load with a figure's code. */
const MESSAGE_SETS: [string, Record<string, Message>, Record<string, Message>][] = [
  ['page', en, zh],
  ...FIGURES.map((figure): [string, Record<string, Message>, Record<string, Message>] => [
    `figure ${figure.scene.id}`,
    figure.messages.en,
    figure.messages.zh,
  ]),
  ['playground views', playgroundViewEn, playgroundViewZh],
  ['edge views', edgesViewEn, edgesViewZh],
  ['equivariance views', equivarianceViewEn, equivarianceViewZh],
  ['tiling views', tilingViewEn, tilingViewZh],
  ['question views', predictViewEn, predictViewZh],
  ['embed dialog', embedViewEn, embedViewZh],
  ['notices', noticesEn, noticesZh],
];

describe('dictionaries', () => {
  test.each(MESSAGE_SETS)('%s: Chinese has exactly the English keys, none empty', (_, english, chinese) => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of [...Object.entries(chinese), ...Object.entries(english)]) {
      for (const form of messageForms(message)) expect(form.trim(), key).not.toBe('');
    }
  });

  test('no key is defined twice across the message sets', () => {
    const keys = MESSAGE_SETS.flatMap(([, english]) => Object.keys(english));
    expect(keys.length).toBe(new Set(keys).size);
  });

  test.each(MESSAGE_SETS)(
    '%s: every form of a message uses the same placeholders in both languages',
    (_, english, chinese) => {
      for (const key of Object.keys(english)) {
        const forms = [...messageForms(english[key]), ...messageForms(chinese[key])];
        for (const form of forms) expect(placeholdersOf(form), key).toEqual(placeholdersOf(forms[0]));
      }
    },
  );

  test.each(MESSAGE_SETS)(
    '%s: Chinese messages are written in Chinese, not left in English',
    (_, english, chinese) => {
      // Language names are written in their own language; a section number is the same in both; the
      // chart's note only joins two sentences (with a space in English, none in Chinese).
      const neutral = new Set(['language.en', 'language.zh', 'figure.number', 'playground.chart.note']);
      const untranslated = Object.keys(english).filter(
        (key) =>
          !neutral.has(key) &&
          messageForms(chinese[key]).some(
            (form) => messageForms(english[key]).includes(form) || !/[\u3000-\u9fff\uff00-\uffef]/.test(form),
          ),
      );
      expect(untranslated).toEqual([]);
    },
  );

  test('every message is used by the code, so no text is left behind', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('i18n'))
      .map((file) => readFileSync(join('src', file), 'utf8'))
      .join('\n');
    // Keys built at run time: `${prefix}.${option}` for choices, `language.${code}`, `controls.padding.${mode}`,
    // `issue.${code}` for every engine issue, the playground's roles, kinds and presets, and the
    // edge figure's kernels and counts, the embed's colour choices, and each kind of question's texts.
    const dynamicPrefixes = [
      'language.',
      'controls.padding.',
      'controls.transform.',
      'controls.kernelName.',
      'controls.photo.',
      'issue.',
      'playground.grid.role.',
      'playground.preset.',
      'editor.kind.',
      'edges.kernel.',
      'edges.count.',
      'embed.theme.',
      'theme.',
      'embed.format.',
      'embed.formatNote.',
      'advice.remedy.',
      'predict.kind.',
      'predict.q.',
      'predict.how.',
      'predict.box.',
      'predict.unit.',
    ];
    const unused = MESSAGE_SETS.flatMap(([, english]) => Object.keys(english)).filter(
      (key) =>
        !sources.includes(`'${key}'`) &&
        !sources.includes(`"${key}"`) &&
        !dynamicPrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  test('every issue the engine can report has a message, and every issue message names a code', () => {
    const codes = readFileSync('src/engine/specIssue.ts', 'utf8')
      .match(/\| '(\w+)'/g)
      ?.map((item) => item.slice(3, -1));
    const messages = Object.keys(en)
      .filter(
        (key) =>
          key.startsWith('issue.') &&
          !key.startsWith('issue.where.') &&
          !key.startsWith('issue.axis.') &&
          !key.startsWith('issue.field.'),
      )
      .map((key) => key.slice('issue.'.length));
    expect(codes?.length).toBeGreaterThan(13);
    expect([...messages].sort()).toEqual([...(codes ?? [])].sort());
  });
});

describe('plurals', () => {
  test('follow the language’s plural rules for {count}', () => {
    const values = { name: 'w₁', edge: 'x₁ → s₁' };
    expect(translate('en', 'sharing.live', { ...values, count: 1 })).toContain('used by 1 connection,');
    expect(translate('en', 'sharing.live', { ...values, count: 4 })).toContain('used by 4 connections,');
    expect(translate('zh', 'sharing.live', { ...values, count: 1 })).toContain('被 1 条连接使用');
  });
});

describe('translate', () => {
  test('fills placeholders and groups digits by language', () => {
    expect(translate('en', 'live.receptiveAll', { panel: 'Dense', unit: 's₃', total: 16006144000 })).toBe(
      'Dense: s₃ sees all 16,006,144,000 inputs.',
    );
    expect(formatNumber('zh', 8003072000)).toBe('8,003,072,000');
  });

  test('measures keep two significant digits, so a tiny error is not shown as 0', () => {
    expect(formatMeasure('en', 0.000123)).toBe('0.00012');
    expect(formatMeasure('en', 0.0314)).toBe('0.031');
    expect(formatMeasure('zh', 1234)).toBe('1,200');
    expect(formatMeasure('en', 0)).toBe('0');
  });

  test('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(translate('en', 'figure.number')).toBe('{number}.');
  });
});

describe('detectLanguage', () => {
  test('follows the first supported browser preference', () => {
    expect(detectLanguage(['zh-CN', 'en-US'])).toBe('zh');
    expect(detectLanguage(['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(detectLanguage(['zh-Hant-TW'])).toBe('zh');
    expect(detectLanguage(['de', 'fr'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});

describe('unit names', () => {
  test('use subscript digits counted from one, as the book does', () => {
    expect(unitName('x', 2)).toBe('x₃');
    expect(unitName('s', 11)).toBe('s₁₂');
    expect(subscript(1090)).toBe('₁₀₉₀');
  });
});

describe('formatBytes', () => {
  test('picks the largest decimal unit a size reaches, to two significant digits', () => {
    // Fig. 9.6's dense matrix: 8,003,072,000 float32 entries = 32,012,288,000 bytes.
    expect(formatBytes('en', 8_003_072_000 * 4)).toBe('32 GB');
    // A 20 × 10 image and its 20 × 9 map: 200 × 180 entries × 4 bytes = 144,000 bytes.
    expect(formatBytes('en', 200 * 180 * 4)).toBe('140 kB');
    expect(formatBytes('en', 2_500_000)).toBe('2.5 MB');
    expect(formatBytes('zh', 8_003_072_000 * 4)).toBe('32 GB');
    expect(formatBytes('zh', 16)).toBe('16 B');
  });
});

describe('joinSentences', () => {
  test('a space between English sentences, none after a Chinese full stop', () => {
    expect(joinSentences('en', ['One.', 'Two.'])).toBe('One. Two.');
    expect(joinSentences('zh', ['一。', '二。'])).toBe('一。二。');
  });
});

describe('Chinese spacing', () => {
  registerMessages({ en: predictViewEn, zh: predictViewZh });
  test('a value written in Chinese closes up with the Chinese around it; Latin names and numbers keep their spaces', () => {
    // “第 {layer} 层的 {unit} 能看到输入的哪一部分？”
    const box = translate('zh', 'predict.q.box', { layer: 11, unit: '第 13 行第 13 列的格子' });
    expect(box).toBe('第 11 层的第 13 行第 13 列的格子能看到输入的哪一部分？');
    expect(translate('zh', 'predict.q.box', { layer: 2, unit: 'g₇' })).toBe(
      '第 2 层的 g₇ 能看到输入的哪一部分？',
    );
  });
});
