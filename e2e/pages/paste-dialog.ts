import type { Locator, Page } from '@playwright/test';

/** The "Paste from AWS CLI" dialog. */
export class PasteDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Paste from AWS CLI' });
  }

  get summary(): Locator {
    return this.dialog.getByRole('status', { name: 'What the paste changed' });
  }

  /** What the paste will break although the service accepted it. */
  get warnings(): Locator {
    return this.dialog.getByRole('status', { name: 'What the paste will break' });
  }

  /** How many problems S3 would refuse in a pasted bucket policy, and the first. */
  get refused(): Locator {
    return this.dialog.getByRole('status', { name: 'What S3 would refuse' });
  }

  get problem(): Locator {
    return this.dialog.getByRole('alert');
  }

  async paste(text: string) {
    await this.page.getByRole('button', { name: 'Paste from AWS CLI' }).click();
    await this.dialog.getByRole('textbox', { name: 'AWS CLI output or command' }).fill(text);
    await this.dialog.getByRole('button', { name: 'Apply paste' }).click();
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }
}
