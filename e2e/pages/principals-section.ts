import { expect, type Locator, type Page } from '@playwright/test';

/** The "Principals" region: one tab per IAM user or role (identity policy), and the anonymous caller. */
export class PrincipalsSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Principals', exact: true });
  }

  async add(arn: string) {
    await this.region.getByLabel(/New principal ARN/).fill(arn);
    await this.region.getByRole('button', { name: 'Add principal' }).click();
  }

  /** The identity policy's editor (Monaco, the same code editor as the bucket policy's). */
  identityPolicy(arn: string): Locator {
    return this.region.locator(`[data-identity-policy="${arn}"]`);
  }

  /** Resolves once Monaco has mounted in the principal's tab. */
  async waitForIdentityEditor(arn: string) {
    await this.region
      .locator(`[data-identity-policy="${arn}"][data-editor-ready="true"] .monaco-editor`)
      .waitFor({ timeout: 20_000 });
  }

  /**
   * Replaces the identity policy's text. As for the bucket policy, the text goes in as one line in
   * one insertion: typed line breaks would let Monaco auto-indent and auto-close brackets.
   */
  async setIdentityPolicy(arn: string, policy: object | string) {
    await this.waitForIdentityEditor(arn);
    await this.identityPolicy(arn).locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(typeof policy === 'string' ? policy : JSON.stringify(policy));
  }

  async applyIdentityPolicy(arn: string, policy: object) {
    await this.setIdentityPolicy(arn, policy);
    await this.region.getByRole('button', { name: 'Apply identity policy' }).click();
  }

  /** The editor's error and warning markers as Monaco draws them (squiggles in the text). */
  markers(arn: string): Locator {
    return this.identityPolicy(arn).locator('.squiggly-error, .squiggly-warning');
  }

  async expectEditorLabelled(arn: string) {
    await expect(
      this.identityPolicy(arn).getByRole('textbox', { name: `Identity policy of ${arn}` }),
    ).toBeAttached();
  }
}
