import Editor from '@monaco-editor/react';
import './monaco-setup.ts';

/** Monaco bound to the policy text. Loaded lazily by PolicyEditor. */
export default function MonacoPolicyEditor({
  value,
  onChange,
  dark,
  onReady,
}: {
  value: string;
  onChange(text: string): void;
  dark: boolean;
  onReady(): void;
}) {
  return (
    <Editor
      height="100%"
      language="json"
      theme={dark ? 'vs-dark' : 'vs'}
      value={value}
      onChange={(text) => onChange(text ?? '')}
      onMount={onReady}
      loading={null}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
      }}
    />
  );
}
