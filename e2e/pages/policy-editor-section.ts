import type { Locator, Page } from '@playwright/test';

/** The bucket policy editor's own controls: problems list, Full height, the tab hint, highlights. */
export class PolicyEditorSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Bucket policy', exact: true });
  }

  get problems(): Locator {
    return this.region.getByRole('list', { name: 'Policy problems' }).getByRole('listitem');
  }

  get fullHeight(): Locator {
    return this.region.getByRole('button', { name: 'Full height' });
  }

  get editorText(): Locator {
    return this.region.locator('.monaco-editor textarea').first();
  }

  get decidingHighlight(): Locator {
    return this.region.locator('.policy-deciding-deny, .policy-deciding-allow');
  }

  /** Whether keyboard focus is inside Monaco. */
  async focusInEditor(): Promise<boolean> {
    return this.page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor')));
  }
}
