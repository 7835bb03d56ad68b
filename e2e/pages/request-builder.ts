import type { Locator, Page } from '@playwright/test';

/** The request builder's own parts: the body field, the headers, the Send bar. */
export class RequestBuilderSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Request', exact: true });
  }

  /** The sticky bar with "Send request", what S3 answered, or why nothing went out. */
  get sendBar(): Locator {
    return this.region.getByRole('group', { name: 'Send', exact: true });
  }

  get lastAnswer(): Locator {
    return this.sendBar.getByRole('status', { name: 'Last answer' });
  }

  /** The body: object text, or the JSON input of a bucket-level or KMS operation. */
  get body(): Locator {
    return this.region.locator('#req-body');
  }

  headerValue(name: string): Locator {
    return this.region.getByRole('textbox', { name: `${name} value`, exact: true });
  }

  async bodyJson(): Promise<unknown> {
    return JSON.parse(await this.body.inputValue());
  }
}
