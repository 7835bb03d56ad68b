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

  /** "VPC endpoint (aws:SourceVpce)": empty means the request comes from the internet. */
  get vpcEndpointField(): Locator {
    return this.region.getByLabel('VPC endpoint (aws:SourceVpce)');
  }

  get vpcIdField(): Locator {
    return this.region.getByLabel('VPC id (aws:SourceVpc)');
  }

  /** Sends the request through a gateway VPC endpoint (and VPC), or from the internet with `''`. */
  async comeThroughVpcEndpoint(id: string, vpcId?: string) {
    await this.vpcEndpointField.fill(id);
    if (vpcId !== undefined) await this.vpcIdField.fill(vpcId);
  }

  headerValue(name: string): Locator {
    return this.region.getByRole('textbox', { name: `${name} value`, exact: true });
  }

  async bodyJson(): Promise<unknown> {
    return JSON.parse(await this.body.inputValue());
  }

  /** Drops a file made of `text` (or of `size` bytes) onto the body field, as a file manager would. */
  async dropOnBody(name: string, content: { text: string } | { size: number }) {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        const parts = 'text' in content ? [content.text] : [new Uint8Array(content.size)];
        transfer.items.add(new File(parts, name));
        return transfer;
      },
      { name, content },
    );
    const target = this.region.locator('[data-drop-target="body"]');
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  get history(): Locator {
    return this.page.getByRole('region', { name: 'Request history', exact: true });
  }

  /** A request in the history, by what was sent and what S3 answered: "PutObject a.txt: 200". */
  historyEntry(name: string): Locator {
    return this.history.getByRole('button', { name, exact: true });
  }
}
