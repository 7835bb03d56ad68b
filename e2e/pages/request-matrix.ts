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
}
