/**
 * The review page in a real browser: a question answered wrong in a chapter comes back, a right
 * answer moves it to the next Leitner box, export → clear → import restores progress, a bad
 * file is refused with an error, and the Chinese edition. Runs against the built site in dist/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, start, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

const PAGE = 'containers/history/';

/** Answer the first quiz of a chapter page: question 1 wrong, every other question right. */
async function answerQuiz(page: Page, path: string): Promise<{ id: string; text: string; total: number }> {
  await page.goto(h.site.url(path));
  const quiz = page.locator('cna-quiz').first();
  const questions = quiz.locator('fieldset');
  const total = await questions.count();
  for (let i = 0; i < total; i++) {
    const correct = i > 0 ? 'true' : 'false';
    const options = questions.nth(i).locator(`li[data-correct="${correct}"]`);
    for (let j = 0; j < (await options.count()); j++) {
      await options.nth(j).locator('input').check();
      if (i === 0) break;
    }
  }
  await quiz.getByRole('button', { name: /Check answers|检查答案/ }).click();
  const text = ((await questions.first().locator('legend').textContent()) ?? '').replace(/^\S+\s\d+\s*|^第\s*\d+\s*题\s*/, '');
  return { id: `${await quiz.getAttribute('data-quiz-id')}.1`, text, total };
}

const status = (page: Page) => page.locator('[data-status]');
const dataStatus = (page: Page) => page.locator('[data-data-status]');

describe('review', () => {
  it('brings back a question answered wrong in a chapter, and a right answer moves it to box 2', async () => {
    const { page, errors } = await h.page(desktop);
    const { id, total } = await answerQuiz(page, PAGE);
    await page.goto(h.site.url('review/'));
    expect(await page.getByRole('heading', { name: 'How questions are scheduled' }).count()).toBe(1);
    expect(await page.getByText('after 1 day in box 1, 2 days in box 2, 4 days in box 3, 8 days in box 4 and 16 days in box 5').count()).toBe(1);
    // Question 1 was wrong: box 1, due tomorrow. The review page counts it as not yet due today.
    expect(await status(page).textContent()).toMatch(/^Nothing is due today\. The next question comes back on \d{4}-\d{2}-\d{2}\.$/);
    expect(await page.locator('.cna-review__boxes').innerText()).toContain(`Box 1 (1 d): 1`);
    expect(await page.locator('.cna-review__boxes').innerText()).toContain(`Box 2 (2 d): ${total - 1}`);

    // A day later the wrong answer is due, first.
    const tomorrow = await h.page({ ...desktop });
    await tomorrow.context.addInitScript(() => {
      const shift = 24 * 3600 * 1000;
      const RealDate = Date;
      // A fake clock exactly one day ahead: box 1 (1 day) is due, box 2 (2 days) is not.
      globalThis.Date = class extends RealDate {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(RealDate.now() + shift);
          else super(...(args as [string]));
        }
        static now() { return RealDate.now() + shift; }
      } as DateConstructor;
    });
    const saved = await page.evaluate(() => localStorage.getItem('cna-progress'));
    await tomorrow.page.goto(h.site.url('review/'));
    await tomorrow.page.evaluate((v) => localStorage.setItem('cna-progress', v ?? ''), saved);
    await tomorrow.page.reload();
    const card = tomorrow.page.locator('form.cna-review__card');
    await card.waitFor();
    expect(await status(tomorrow.page).textContent()).toBe('1 question(s) due for review.');
    expect(await card.getAttribute('data-question-id')).toBe(id);
    await card.getByRole('button', { name: 'Check' }).click();
    expect(await card.getByRole('status').textContent()).toBe('Choose an answer first.');
    const right = card.locator('li[data-option]');
    const correctIndex = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/review/questions.json'), 'utf8'))
      .find((q: { id: string }) => q.id === id).options.findIndex((o: { correct: boolean }) => o.correct);
    await right.nth(correctIndex).locator('input').check();
    await card.getByRole('button', { name: 'Check' }).click();
    expect(await card.getByRole('status').textContent()).toMatch(/^Right\. It moves to box 2 and comes back on \d{4}-\d{2}-\d{2}\.$/);
    expect(await card.getByRole('button', { name: 'Check' }).isVisible()).toBe(false);
    await card.getByRole('button', { name: 'Next question' }).click();
    expect(await status(tomorrow.page).textContent()).toMatch(/^Nothing is due today/);
    const stored = JSON.parse((await tomorrow.page.evaluate(() => localStorage.getItem('cna-progress'))) ?? '{}');
    expect(stored.review[id].box).toBe(2);
    expect(errors).toEqual([]);
    expect(tomorrow.errors).toEqual([]);
  });

  it('exports, clears and imports progress, and refuses a bad file', async () => {
    const { page, errors } = await h.page({ ...desktop, acceptDownloads: true });
    const { id } = await answerQuiz(page, PAGE);
    await page.goto(h.site.url('review/'));
    await status(page).filter({ hasNotText: 'Loading' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const file = join(tmpdir(), `cna-progress-${process.pid}.json`);
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^cloud-native-atlas-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('cloud-native-atlas-progress');
    expect(exported.progress.review[id].box).toBe(1);

    // Dismissing the confirmation keeps everything.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Clear all progress' }).click();
    expect(await page.evaluate(() => localStorage.getItem('cna-progress'))).not.toBeNull();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Clear all progress' }).click();
    expect(await dataStatus(page).textContent()).toBe('All progress cleared.');
    expect(await status(page).textContent()).toMatch(/^Nothing answered yet/);
    expect(await page.evaluate(() => localStorage.getItem('cna-progress'))).toBeNull();

    await page.getByLabel('Import progress from a file').setInputFiles(file);
    await dataStatus(page).filter({ hasText: 'imported' }).waitFor();
    expect(await dataStatus(page).textContent()).toMatch(/^Progress imported: \d+ page\(s\) read, \d+ question\(s\) in review, 0 challenge\(s\) completed\.$/);
    const restored = JSON.parse((await page.evaluate(() => localStorage.getItem('cna-progress'))) ?? '{}');
    expect(restored).toEqual(exported.progress);
    expect(await page.locator('.cna-review__boxes').innerText()).toContain('Box 1 (1 d): 1');

    const bad = join(tmpdir(), `cna-bad-${process.pid}.json`);
    writeFileSync(bad, JSON.stringify({ format: 'cloud-native-atlas-progress', exported: 'x', progress: { version: 2 } }));
    await page.getByLabel('Import progress from a file').setInputFiles(bad);
    await dataStatus(page).filter({ hasText: 'not a Cloud Native Atlas progress file' }).waitFor();
    expect(await dataStatus(page).textContent()).toMatch(/^cna-bad-\d+\.json is not a Cloud Native Atlas progress file: progress\.version: .+\. Nothing was changed\.$/);
    writeFileSync(bad, 'not json at all');
    await page.getByLabel('Import progress from a file').setInputFiles(bad);
    await dataStatus(page).filter({ hasText: 'not valid JSON' }).waitFor();
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('cna-progress'))) ?? '{}')).toEqual(exported.progress);
    expect(errors).toEqual([]);
  });

  it('works in Chinese, with the Chinese questions, and is linked from the progress page', async () => {
    const { page, errors } = await h.page(desktop);
    await answerQuiz(page, `zh-cn/${PAGE}`);
    await page.goto(h.site.url('zh-cn/progress/'));
    await page.getByRole('link', { name: '复习答错的题目' }).click();
    await page.waitForURL(/\/zh-cn\/review\/$/);
    expect(await page.getByRole('heading', { name: '题目如何安排' }).count()).toBe(1);
    await status(page).filter({ hasNotText: '正在加载' }).waitFor();
    expect(await status(page).textContent()).toMatch(/^今天没有要复习的题目。下一道题目将在 \d{4}-\d{2}-\d{2} 回来。$/);
    expect(await page.locator('.cna-review__boxes').innerText()).toContain('第 1 个盒子（1 天）：1');
    const zh = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/zh-cn/review/questions.json'), 'utf8'));
    expect(zh.every((q: { q: string }) => /[\u4e00-\u9fff]/.test(q.q))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('loads the questions only on the review page', async () => {
    const { page } = await h.page(desktop);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(h.site.url(PAGE));
    await page.goto(h.site.url('progress/'));
    expect(requested.some((u) => u.includes('questions.json'))).toBe(false);
    await page.goto(h.site.url('review/'));
    await status(page).filter({ hasNotText: 'Loading' }).waitFor();
    expect(requested.some((u) => u.endsWith('/review/questions.json'))).toBe(true);
  });
});
