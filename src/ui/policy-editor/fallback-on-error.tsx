import { Component, type ReactNode } from 'react';

/** If Monaco's chunk fails to load, keep the textarea: the text lives in state, not in Monaco. */
export class FallbackOnError extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
