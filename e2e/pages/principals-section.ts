import type { Locator, Page } from '@playwright/test';

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

  identityPolicy(arn: string): Locator {
    return this.region.getByRole('textbox', { name: `Identity policy of ${arn}` });
  }

  async applyIdentityPolicy(arn: string, policy: object) {
    await this.identityPolicy(arn).fill(JSON.stringify(policy, null, 2));
    await this.region.getByRole('button', { name: 'Apply identity policy' }).click();
  }
}
