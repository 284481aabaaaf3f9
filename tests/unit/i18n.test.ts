import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  detectLanguage,
  en,
  formatMeasure,
  formatNumber,
  placeholdersOf,
  subscript,
  translate,
  unitName,
  zh,
} from '../../src/i18n';

describe('dictionaries', () => {
  test('Chinese has exactly the English keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(zh)) expect(message.trim(), key).not.toBe('');
    for (const [key, message] of Object.entries(en)) expect(message.trim(), key).not.toBe('');
  });

  test('every message uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholdersOf(zh[key]), key).toEqual(placeholdersOf(en[key]));
    }
  });

  test('Chinese messages are written in Chinese, not left in English', () => {
    // Language names are written in their own language; a section number is the same in both.
    const neutral = new Set(['language.en', 'language.zh', 'figure.number']);
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => !neutral.has(key) && zh[key] === en[key],
    );
    expect(untranslated).toEqual([]);
  });

  test('every message is used by the code, so no text is left behind', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('i18n'))
      .map((file) => readFileSync(join('src', file), 'utf8'))
      .join('\n');
    // Keys built at run time: `${prefix}.${option}` for choices, `language.${code}`, `controls.padding.${mode}`.
    const dynamicPrefixes = ['language.', 'controls.padding.', 'controls.transform.', 'controls.kernelName.'];
    const unused = Object.keys(en).filter(
      (key) => !sources.includes(`'${key}'`) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
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
    expect(translate('en', 'notice.worker.failed')).toBe('The computing engine could not answer: {message}');
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
