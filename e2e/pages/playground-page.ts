import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

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

  /** Opens the app and waits until the simulated bucket is ready to take requests. */
  async openReady(path = './') {
    await this.open(path);
    await expect(this.sendButton).toBeEnabled({ timeout: 20_000 });
  }

  get policyRegion(): Locator {
    return this.page.getByRole('region', { name: 'Bucket policy', exact: true });
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

  /** What every spec ends with: nothing left the machine, nothing was logged as an error. */
  expectCleanRun() {
    expect(this.offMachineRequests()).toEqual([]);
    expect(this.consoleErrors).toEqual([]);
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }

  /* ---------- policy ---------- */

  /**
   * Replaces the policy text in Monaco. The text goes in as one line: typed line breaks would let
   * Monaco auto-indent and auto-close brackets, which a real paste does not do.
   */
  async replacePolicy(policy: object) {
    const text = JSON.stringify(policy);
    await this.waitForEditor(20_000);
    await this.policyRegion.locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
    // Monaco's "Format Document", so the policy reads as a pasted one would.
    await this.page.keyboard.press('Shift+Alt+F');
  }

  /**
   * Puts the policy text in as one insertion that is not a paste (dictation, a password manager,
   * Playwright's insertText): line breaks and all, as the text reads.
   */
  async insertPolicyText(text: string) {
    await this.waitForEditor(20_000);
    await this.policyRegion.locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
  }

  async applyPolicy() {
    await this.policyRegion.getByRole('button', { name: 'Apply policy to bucket' }).click();
  }

  /* ---------- request ---------- */

  get requestRegion(): Locator {
    return this.page.getByRole('region', { name: 'Request', exact: true });
  }

  get sendButton(): Locator {
    return this.page.getByRole('button', { name: 'Send request' });
  }

  async chooseOperation(operation: string) {
    await this.requestRegion.getByLabel('Operation').selectOption(operation);
  }

  get objectKeyField(): Locator {
    return this.requestRegion.getByRole('textbox', { name: 'Object key' });
  }

  async setObjectKey(key: string) {
    await this.objectKeyField.fill(key);
  }

  async setHttps(on: boolean) {
    await this.requestRegion.getByRole('checkbox', { name: 'HTTPS' }).setChecked(on);
  }

  async chooseTlsVersion(version: string) {
    await this.requestRegion.getByLabel('TLS version').selectOption(version);
  }

  async chooseEncryption(choice: string) {
    await this.requestRegion.getByLabel('Encryption', { exact: true }).selectOption(choice);
  }

  async chooseChecksum(algorithm: string) {
    await this.requestRegion.getByLabel('Checksum', { exact: true }).selectOption(algorithm);
  }

  async chooseRequestKmsKey(label: string) {
    await this.requestRegion.getByLabel('KMS key', { exact: true }).selectOption({ label });
  }

  async addHeader(name: string, value: string) {
    await this.requestRegion.getByRole('button', { name: 'Add header' }).click();
    const rows = this.requestRegion.getByRole('textbox', { name: /^Header \d+ name$/ });
    const index = (await rows.count()) - 1;
    await rows.nth(index).fill(name);
    await this.requestRegion.getByRole('textbox', { name: `${name} value` }).fill(value);
  }

  async send() {
    await this.sendButton.click();
  }

  /**
   * Clicks "Cancel" the moment the progress line appears, as a user's click would land on a slower
   * machine (the engine can get through 48 MiB before a test's click lands). What the line said
   * then is kept for `progressSeenByCancel`.
   */
  async cancelOnSightOfProgress() {
    await this.page.evaluate(() => {
      const cancelOnSight = new MutationObserver(() => {
        const progress = document.querySelector('progress[aria-label="Request progress"]');
        const cancel = progress?.parentElement?.querySelector('button');
        if (!cancel) return;
        cancelOnSight.disconnect();
        document.body.dataset.progressSeen = progress?.previousElementSibling?.textContent ?? '';
        cancel.click();
      });
      cancelOnSight.observe(document.body, { childList: true, subtree: true });
    });
  }

  /** The progress line's text when `cancelOnSightOfProgress` clicked Cancel. */
  progressSeenByCancel() {
    return this.page.evaluate(() => document.body.dataset.progressSeen);
  }

  /** A multipart upload of one part, completed with the part list the builder fills in. */
  async uploadInParts(key: string) {
    await this.setObjectKey(key);
    for (const operation of ['CreateMultipartUpload', 'UploadPart', 'CompleteMultipartUpload']) {
      await this.chooseOperation(operation);
      await this.sendAndExpect(200);
    }
  }

  /* ---------- results ---------- */

  /** Response and Trace share the tab "Response & trace", so both are on screen together. */
  async showTab(name: 'Response' | 'Trace' | 'Objects' | 'Audit log') {
    const tab = name === 'Response' || name === 'Trace' ? 'Response & trace' : name;
    await this.page.getByRole('tab', { name: tab }).click();
  }

  get responseRegion(): Locator {
    return this.page.getByRole('region', { name: 'Response', exact: true });
  }

  /** The last answer's trace: one card per pipeline stage. */
  get traceRegion(): Locator {
    return this.page.getByRole('region', { name: 'Trace', exact: true });
  }

  /** Sends the request and waits for S3's answer with this status (and error code). */
  async sendAndExpect(status: number, errorCode?: string) {
    await this.send();
    // The button is disabled while S3 answers; enabled again means the answer is on screen.
    await expect(this.sendButton).toBeEnabled();
    await this.showTab('Response');
    await expect(this.responseRegion).toContainText(new RegExp(`\\b${status}\\b`));
    if (errorCode) await expect(this.responseRegion.getByText(errorCode, { exact: true })).toBeVisible();
  }

  /* ---------- bucket ---------- */

  get bucketRegion(): Locator {
    return this.page.getByRole('region', { name: 'Bucket', exact: true });
  }

  async chooseDefaultEncryption(label: string, keyLabel?: string) {
    await this.bucketRegion.getByLabel('Default encryption', { exact: true }).selectOption({ label });
    if (keyLabel) await this.bucketRegion.getByLabel('Default KMS key').selectOption({ label: keyLabel });
  }

  async setBucketOption(name: 'Bucket key (SSE-KMS only)' | 'Block SSE-C writes', on: boolean) {
    await this.bucketRegion.getByRole('checkbox', { name }).setChecked(on);
  }

  async applyEncryption() {
    await this.bucketRegion.getByRole('button', { name: 'Apply encryption' }).click();
    await expect(this.bucketRegion.getByRole('status', { name: 'PutBucketEncryption answer' })).toContainText(
      '200',
    );
  }

  async enableVersioning() {
    await this.bucketRegion.getByRole('radio', { name: 'Enabled' }).check();
    await this.bucketRegion.getByRole('button', { name: 'Apply versioning' }).click();
    await expect(this.bucketRegion.getByRole('status', { name: 'PutBucketVersioning answer' })).toContainText(
      '200',
    );
  }

  /* ---------- KMS ---------- */

  get kmsRegion(): Locator {
    return this.page.getByRole('region', { name: 'KMS', exact: true });
  }

  kmsKey(name: string): Locator {
    return this.kmsRegion.getByRole('listitem', { name: `Key ${name}` });
  }

  async createKey(alias: string) {
    await this.kmsRegion.getByLabel('New key alias (optional)').fill(alias);
    await this.kmsRegion.getByRole('button', { name: 'Create key' }).click();
    await expect(this.kmsKey(alias)).toBeVisible();
  }

  async disableKey(alias: string) {
    await this.kmsKey(alias)
      .getByRole('button', { name: `Disable ${alias}` })
      .click();
    await expect(this.kmsKey(alias)).toContainText('Disabled');
  }
}

/**
 * Opens an address as a new page load. `page.goto` to an address that differs only in its `#`
 * part is a same-document navigation, and the app's own (debounced) address update can replace
 * the fragment before a reload; leaving for a blank page first makes the load a real one.
 */
export async function openFresh(page: Page, address: string) {
  await page.goto('about:blank');
  await page.goto(address);
}
