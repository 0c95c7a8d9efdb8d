/** Quizzes give feedback and record the score; progress shows in the sidebar and the progress page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, start, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

describe('quiz and progress', () => {
  it('explains every option after checking and records the score', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/'));
    const last = await page.locator('.cna-chapter-pages a').last().getAttribute('href');
    await page.goto(new URL(last!, h.site.url()).href);
    const quiz = page.locator('cna-quiz').first();
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    expect(await quiz.getByRole('status').textContent()).toMatch(/Answer every question first/);
    // Answer every question correctly, reading the right answers from the static answer key.
    const questions = quiz.locator('fieldset');
    const n = await questions.count();
    for (let i = 0; i < n; i++) {
      const options = questions.nth(i).locator('li[data-option]');
      for (let j = 0; j < (await options.count()); j++) {
        if ((await options.nth(j).getAttribute('data-correct')) === 'true') await options.nth(j).locator('input').check();
      }
    }
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    expect(await quiz.getByRole('status').textContent()).toBe(`${n} of ${n} questions right.`);
    expect(await quiz.locator('.cna-quiz__why:visible').count()).toBeGreaterThanOrEqual(n);
    await page.goto(h.site.url('progress/'));
    expect(await page.getByRole('status').first().textContent()).toMatch(/You have read [1-9]\d* of \d+ pages/);
    expect(await page.getByText(`Quiz: ${n}/${n}`).count()).toBe(1);
  });

  it('marks a wrong answer and shows why', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/'));
    const last = await page.locator('.cna-chapter-pages a').last().getAttribute('href');
    await page.goto(new URL(last!, h.site.url()).href);
    const quiz = page.locator('cna-quiz').first();
    const questions = quiz.locator('fieldset');
    for (let i = 0; i < (await questions.count()); i++) {
      const wrong = questions.nth(i).locator('li[data-correct="false"]').first();
      await wrong.locator('input').check();
    }
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    expect(await quiz.getByRole('status').textContent()).toMatch(/^0 of \d+ questions right\.$/);
    const first = questions.first().locator('li[data-result="chosen-wrong"]');
    expect(await first.locator('.cna-quiz__why').textContent()).toMatch(/^Wrong answer: /);
  });

  it('marks read pages, resets progress, and works when storage is blocked', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/what-is-a-container/'));
    await page.goto(h.site.url('progress/'));
    const item = page.locator('li[data-key="containers/what-is-a-container/"]');
    expect(await item.getAttribute('data-read')).toBe('true');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Reset my progress' }).click();
    expect(await item.getAttribute('data-read')).toBe('false');
    expect(await page.getByRole('status').first().textContent()).toMatch(/Progress reset\. You have read 0 of/);

    const blocked = await h.page(desktop);
    await blocked.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await blocked.page.goto(h.site.url('containers/what-is-a-container/'));
    await blocked.page.goto(h.site.url('progress/'));
    expect(await blocked.page.getByRole('status').first().textContent()).toMatch(/does not let the site keep data/);
    expect(blocked.errors).toEqual([]);
  });
});
