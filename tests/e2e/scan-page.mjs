// Page object for the widget: what a person sees and does, in their words.
import { expect } from './expect.mjs';

export class ScanPage {
  /**
   * @param page a playwright page; @param root a locator for one widget (default: the first
   * live one, not the inert start screen the loader shows a new respondent before it)
   */
  constructor(page, root = page.locator('.spo:not(:has(> .spo-start[inert]))').first()) {
    this.page = page;
    this.root = root;
  }

  async open(url) {
    await this.page.goto(url);
    await this.root.waitFor();
  }

  heading() { return this.root.locator('h2').first(); }
  async headingText() { return (await this.heading().textContent()).trim(); }
  button(name) { return this.root.getByRole('button', { name, exact: true }); }
  statements() { return this.root.locator('fieldset.spo-statement'); }
  note() { return this.root.getByRole('textbox', { name: /Notitie bij dit thema/ }); }

  /**
   * Chooses the school type and role (when the scan asks them and none is chosen yet) and
   * starts: the scan asks who fills it in first.
   */
  async start({ type = 'Basisonderwijs', role = 'Leraar of mentor' } = {}) {
    const groups = this.root.locator('fieldset.spo-choices');
    for (const [i, name] of [type, role].entries()) {
      const group = groups.nth(i);
      if (await group.count() && !(await group.locator('input:checked').count())) {
        await group.getByRole('radio', { name, exact: true }).check();
      }
    }
    await this.button('Start de scan').click();
  }

  /** Waits until the heading (and so the screen) reads `text`. */
  async waitForHeading(text) {
    await expect(async () => (await this.headingText()) === text, `heading "${text}"`);
  }

  /** The checked option's label per statement on the current theme step (null: none). */
  async checkedLabels() {
    return this.statements().evaluateAll(sets => sets.map(set => {
      const r = set.querySelector('input:checked');
      return r ? r.closest('label').textContent.trim() : null;
    }));
  }

  /** Clicks an option label by name for statement `index` on the current step. */
  async choose(index, label) {
    await this.statements().nth(index).getByRole('radio', { name: label, exact: true }).check();
  }

  /**
   * Answers every statement of every theme with `answer(theme, i, basic)` (a label, or null to
   * skip it), then opens the results and waits for `resultsHeading`.
   */
  async fillAll(answer, resultsHeading = 'Uw beeld van de school') {
    for (let theme = 0; ; theme++) {
      const statements = this.statements();
      const count = await statements.count();
      for (let i = 0; i < count; i++) {
        const label = answer(theme, i, await statements.nth(i).locator('.spo-basic').count() > 0);
        if (label) await this.choose(i, label);
      }
      const next = this.root.getByRole('button', { name: /Volgend thema/ });
      if (!(await next.count())) break;
      const heading = await this.headingText();
      await next.click();
      await expect(async () => (await this.headingText()) !== heading, 'next theme');
    }
    await this.root.getByRole('button', { name: /Naar het resultaat/ }).click();
    await this.waitForHeading(resultsHeading);
    // The button went with its screen; focus goes to the results' heading in the next frame.
    // Waiting for it also keeps that move from landing after a test's own next focus.
    await expect(() => this.heading().evaluate(h => h === document.activeElement), 'focus on the results heading');
  }

  async storedProgress(key) {
    return this.page.evaluate(k => localStorage.getItem(k), key);
  }
}
