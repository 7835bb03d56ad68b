import { expect, type Locator, type Page } from '@playwright/test';

/** The "Request matrix" region: the grid of cells, the diff summary, the exports. */
export class RequestMatrixSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Request matrix', exact: true });
  }

  get grid(): Locator {
    return this.region.getByRole('grid');
  }

  cell(name: string): Locator {
    return this.region.getByRole('gridcell', { name, exact: true });
  }

  get diffSummary(): Locator {
    return this.region.getByTestId('policy-diff');
  }

  /** Waits until the grid holds `count` cells and no computation is pending. */
  async waitForCells(count: number) {
    await expect(this.region.getByRole('gridcell')).toHaveCount(count, { timeout: 20_000 });
    await expect(this.region.getByRole('status')).not.toContainText('Computing', { timeout: 20_000 });
  }

  async cellNames(): Promise<string[]> {
    return this.region
      .getByRole('gridcell')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label') ?? ''));
  }

  async open(name: string) {
    await this.cell(name).getByRole('button').click();
  }

  /** "Computing the matrix…", "Cancelled. …" or the number of requests. */
  get runStatus(): Locator {
    return this.region.getByRole('status');
  }

  get cancelButton(): Locator {
    return this.region.getByRole('button', { name: 'Cancel', exact: true });
  }

  get everyPrincipal(): Locator {
    return this.region.getByRole('checkbox', { name: /Every principal/ });
  }

  /* ---------- the grid wider than its panel ---------- */

  /** The scrolling box around the grid: a named region a keyboard user can focus and scroll. */
  get scroller(): Locator {
    return this.region.getByRole('region', { name: 'Matrix cells, scrolls sideways', exact: true });
  }

  /** "Scroll right for 6 more columns": shown while columns are hidden on the right. */
  get moreOnTheRight(): Locator {
    return this.region.getByText(/^Scroll right for \d+ more columns?$/);
  }

  get moreOnTheLeft(): Locator {
    return this.region.getByText(/^Scroll left for \d+ more columns?$/);
  }

  /** The faded edges that say, without words, that the grid goes on. */
  edgeFade(side: 'left' | 'right'): Locator {
    return this.region.getByTestId(`matrix-fade-${side}`);
  }

  async scrollToEnd() {
    await this.scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
  }

  /** The line under the grid that spells out the pointed-at or focused cell in full. */
  get cellDetail(): Locator {
    return this.region.getByTestId('matrix-cell-detail');
  }

  /**
   * The words of a cell's error code (`KMS.NotFoundException` is KMS, Not, Found, Exception) that
   * the browser drew over two lines, i.e. cut in the middle. Empty when the code wraps only
   * between words.
   */
  async wordsCutInCell(name: string): Promise<string[]> {
    return this.cell(name)
      .getByTestId('matrix-cell-code')
      .evaluate((code) => {
        const chars: { ch: string; top: number }[] = [];
        const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i += 1) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            chars.push({ ch: text[i] ?? '', top: Math.round(range.getBoundingClientRect().top) });
          }
        }
        const whole = chars.map((c) => c.ch).join('');
        const cut: string[] = [];
        let start = 0;
        for (const word of whole.split(/(?<=\.)|(?<=[a-z])(?=[A-Z])/)) {
          const tops = new Set(chars.slice(start, start + word.length).map((c) => c.top));
          if (tops.size > 1) cut.push(word);
          start += word.length;
        }
        return cut;
      });
  }
}
