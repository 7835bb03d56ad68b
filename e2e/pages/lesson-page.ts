import { expect, type Locator, type Page } from '@playwright/test';

/** The open lesson (region "Lesson"), its steps and the lessons gallery, as a trainer uses them. */
export class LessonPanel {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Lesson', exact: true });
  }

  get gallery(): Locator {
    return this.page.getByRole('dialog', { name: 'Lessons' });
  }

  async openGallery() {
    await this.page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await expect(this.gallery).toBeVisible();
  }

  /** Opens a lesson from the gallery by its title. */
  async openFromGallery(title: string) {
    await this.openGallery();
    await this.gallery.getByRole('button', { name: `Open lesson: ${title}` }).click();
    await expect(this.region).toContainText(title);
  }

  /** "Open file" with a scenario file made here (a JSON text), as a trainer opens their own lesson. */
  async openFile(name: string, text: string) {
    await this.page
      .getByLabel('Lesson file to open')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  runButton(step: number): Locator {
    return this.region.getByRole('button', { name: `Run step ${step}`, exact: true });
  }

  answer(step: number): Locator {
    return this.region.getByTestId(`step-${step}-answer`);
  }

  /** Runs a step and waits for its answer. */
  async run(step: number, answer: RegExp) {
    await this.runButton(step).click();
    await expect(this.answer(step)).toHaveText(answer);
  }

  async close() {
    await this.region.getByRole('button', { name: 'Close lesson' }).click();
    await expect(this.region).toBeHidden();
  }

  async restart() {
    await this.region.getByRole('button', { name: 'Restart lesson' }).click();
  }

  /** In presenter mode the step on screen is one heading, "Step N: ...". */
  get currentStepHeading(): Locator {
    return this.region.getByRole('heading', { level: 2 });
  }

  get currentStep(): Locator {
    return this.region.locator('li[aria-current="step"]');
  }

  /** Goes to a lesson link in a tab that is already open, as a pasted link does. */
  async goToHash(hash: string) {
    await this.page.evaluate((h) => {
      location.hash = h;
    }, hash);
  }
}

/** Presenter mode: the projector layout switched on with its button or the `p` key. */
export class Presenter {
  constructor(readonly page: Page) {}

  get button(): Locator {
    return this.page.getByRole('button', { name: 'Presenter mode' });
  }

  /** Opens a lesson link ending in `&present`, as a trainer does in front of the room. */
  async openLink(hash: string) {
    await this.page.goto(`./${hash}`);
    await expect(this.button).toHaveAttribute('aria-pressed', 'true', { timeout: 20_000 });
    await expect(
      this.page.getByRole('region', { name: 'Lesson', exact: true }).getByRole('heading', { level: 2 }),
    ).toBeVisible();
  }

  async enterWithKey() {
    // The key belongs to the page, not to a field: start from the body.
    await this.page.locator('body').click({ position: { x: 1, y: 1 } });
    await this.page.keyboard.press('p');
    await expect(this.button).toHaveAttribute('aria-pressed', 'true');
  }

  /** The trace of the step on screen, on the right. */
  get trace(): Locator {
    return this.page.getByRole('region', { name: 'Trace' });
  }

  /** The lesson's title in the presenter bar. */
  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** True when the title is cut off (wider than its box) rather than shown whole. */
  titleIsCut(): Promise<boolean> {
    return this.title.evaluate((element) => element.scrollWidth > element.clientWidth);
  }

  /** The policy a step applies, shown beside it (PutBucketPolicy, kms:PutKeyPolicy). */
  get stepPolicy(): Locator {
    return this.page.getByRole('region', { name: /policy this step applies/ });
  }

  /** The bucket policy the step on screen meets (the set-up's, or one an earlier step applied). */
  get policyInForce(): Locator {
    return this.page.getByRole('region', { name: /^Bucket policy in force/ });
  }

  /** Presenter mode's box for the identity policy that decided the step, of the user or role `name`. */
  identityPolicy(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Identity policy of ${name}\\b`) });
  }

  /**
   * What a room in front of the projector cannot read on the step on screen: the lesson panel
   * scrolling or reaching past the window, or a policy box that needs scrolling, each said in words
   * (empty when everything is in view). A presentation clicker cannot scroll.
   */
  hiddenParts(): Promise<string[]> {
    return this.page.evaluate(() => {
      const problems: string[] = [];
      const tooTall = (name: string, element: Element) => {
        if (element.scrollHeight > element.clientHeight + 1)
          problems.push(
            `${name} scrolls: ${element.scrollHeight} px of content in ${element.clientHeight} px`,
          );
        const box = element.getBoundingClientRect();
        if (box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5)
          problems.push(`${name} reaches past the window: bottom ${box.bottom} of ${innerHeight}`);
      };
      const lesson = document.querySelector('section[aria-label="Lesson"]');
      if (lesson) tooTall('the lesson panel', lesson);
      else problems.push('no lesson panel');
      for (const pre of document.querySelectorAll('main pre')) tooTall('a policy box', pre);
      return problems;
    });
  }

  /**
   * How far (in px) the trace's deciding stage, grown and ringed, reaches past the edges of the
   * box that clips it (0 when it is whole).
   */
  decidingStageCut(): Promise<number> {
    return this.trace.getByRole('button', { name: /deciding stage/ }).evaluate((chip) => {
      const ring = 3; // ring-2 with ring-offset-1
      const box = chip.getBoundingClientRect();
      let clip = chip.parentElement;
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
      if (!clip) return 0;
      const edge = clip.getBoundingClientRect();
      const left = edge.left + clip.clientLeft;
      const right = left + clip.clientWidth;
      return Math.max(0, left - (box.left - ring), box.right + ring - right);
    });
  }

  /**
   * How far (in px) the trace's "Decided at …" line reaches past any box that clips it, or past the
   * window (0 when the whole line is in view); null when the step has no deciding stage (a call
   * made to KMS directly).
   */
  decidedLineCut(): Promise<number | null> {
    return this.page.evaluate(() => {
      const line = document.querySelector('[data-testid="trace.decided-at"]');
      if (!line) return null;
      const box = line.getBoundingClientRect();
      let cut = Math.max(0, box.bottom - innerHeight, -box.top);
      for (let clip = line.parentElement; clip; clip = clip.parentElement) {
        if (getComputedStyle(clip).overflowY === 'visible') continue;
        const top = clip.getBoundingClientRect().top + clip.clientTop;
        cut = Math.max(cut, top - box.top, box.bottom - (top + clip.clientHeight));
      }
      return cut;
    });
  }

  /** The header's "Previous step" and "Next step" buttons. */
  stepButton(which: 'Previous step' | 'Next step'): Locator {
    return this.page.getByRole('button', { name: which, exact: true });
  }

  /** Presses an arrow key `times` times, each after the page has taken the one before. */
  async press(key: 'ArrowRight' | 'ArrowLeft', times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  async leaveWithEscape() {
    await this.page.keyboard.press('Escape');
    await expect(this.button).toHaveAttribute('aria-pressed', 'false');
  }
}

/** A lesson file of PutObject steps, each answered 200 on AWS, with its explanation. */
export const putLessonFile = (id: string, title: string, steps: { key: string; explain: string }[]) =>
  JSON.stringify({
    id,
    title,
    steps: steps.map(({ key, explain }) => ({
      request: { operation: 'PutObject', key, body: key },
      expect: { status: 200 },
      explain,
    })),
  });
