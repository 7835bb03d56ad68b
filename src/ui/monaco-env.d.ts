// @monaco-editor/react types import a Monaco path that no longer resolves, which makes its `Monaco`
// type silently `any`; point that path at the real API (stack recipe, "Monaco without a CDN").
declare module 'monaco-editor/esm/vs/editor/editor.api' {
  export * from 'monaco-editor/editor';
}
