import type { Page } from '@playwright/test';

/** The gzipped scripts a first visit loaded: the page's total, the worker's files, every file. */
export interface FirstLoad {
  gzipBytes: number;
  worker: [file: string, gzipBytes: number][];
  files: Record<string, number>;
}

export function measureFirstLoad(page: Page, url: string, ready: string, dist?: string): Promise<FirstLoad>;

export function firstLoadPages(figureIds: string[]): { name: string; query: string; ready: string }[];
