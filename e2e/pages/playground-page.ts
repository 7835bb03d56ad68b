import type { BrowserContext, Locator, Page } from '@playwright/test';

/**
 * The playground as a user sees it. Specs talk to this, not to selectors, so a layout change is
 * fixed in one place. It also records every request the browser context makes (worker requests
 * included) and every console error, because the app must make no network request and log no error.
 */
export class PlaygroundPage {
  readonly requests: string[] = [];
  readonly consoleErrors: string[] = [];

  constructor(
    readonly page: Page,
    context: BrowserContext,
  ) {
    context.on('request', (request) => this.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(String(error)));
  }

  async open(path = './') {
    await this.page.goto(path);
  }

  get policyRegion(): Locator {
    return this.page.getByRole('region', { name: 'Bucket policy' });
  }

  /** Resolves once Monaco has mounted inside the policy region. */
  async waitForEditor(timeout?: number) {
    await this.policyRegion.locator('[data-editor-ready="true"] .monaco-editor').waitFor({ timeout });
  }

  /** Requests that left the machine: anything not served from 127.0.0.1 (data: and blob: URLs stay local). */
  offMachineRequests(): string[] {
    return this.requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      try {
        return new URL(url).hostname !== '127.0.0.1';
      } catch {
        return true;
      }
    });
  }
}
