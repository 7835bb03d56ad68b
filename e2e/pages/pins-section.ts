import type { Locator, Page } from '@playwright/test';

/** The "Pinned expectations" region with its "Pin" button and the list of pins. */
export class PinsSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Pinned expectations', exact: true });
  }

  get pinButton(): Locator {
    return this.page.getByRole('button', { name: 'Pin', exact: true });
  }

  get list(): Locator {
    return this.region.getByRole('list', { name: 'Pins' });
  }

  pin(label: string | RegExp): Locator {
    return this.list.getByRole('listitem', { name: label });
  }
}
