/**
 * Teaches Monaco's JSON mode about bucket policies: the schema (local, never fetched), completion of
 * S3 actions, condition operators, condition keys and the documented statements, and hover
 * documentation from the engine's catalog. Imported only by the lazy Monaco chunk; registered once.
 */
import type * as Monaco from 'monaco-editor/editor';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { type CatalogSuggestion, catalogHover, catalogSuggestions } from './catalog-suggestions.ts';
import { jsonLocationAt } from './json-location.ts';
import { POLICY_MODEL_PATH, POLICY_SCHEMA, POLICY_SCHEMA_URI } from './policy-schema.ts';
import { POLICY_SNIPPETS, type SnippetTarget } from './policy-snippets.ts';

let registered = false;

const isPolicyModel = (model: Monaco.editor.ITextModel) => model.uri.path.endsWith(POLICY_MODEL_PATH);

/** `target` is read on each completion so snippets name the current bucket and key. */
export function registerPolicyLanguage(monaco: typeof Monaco, target: () => SnippetTarget): void {
  if (registered) return;
  registered = true;
  // The engine's diagnostics are the only markers (JSON syntax included, with S3's own wording), so
  // the JSON worker does not validate; the schema still drives its completion and hover.
  jsonDefaults.setDiagnosticsOptions({
    validate: false,
    enableSchemaRequest: false,
    schemas: [{ uri: POLICY_SCHEMA_URI, fileMatch: [POLICY_MODEL_PATH], schema: POLICY_SCHEMA }],
  });
  // Colour swatches and the outline are of no use in a policy, and on every change they matched the
  // whole document against the schema: a 1 MB paste overflowed the JSON worker's stack.
  jsonDefaults.setModeConfiguration({
    ...jsonDefaults.modeConfiguration,
    colors: false,
    documentSymbols: false,
    diagnostics: false,
  });
  const kinds: Record<CatalogSuggestion['kind'], Monaco.languages.CompletionItemKind> = {
    action: monaco.languages.CompletionItemKind.Function,
    operator: monaco.languages.CompletionItemKind.Operator,
    key: monaco.languages.CompletionItemKind.Property,
  };

  monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', ':'],
    provideCompletionItems(model, position) {
      if (!isPolicyModel(model)) return { suggestions: [] };
      const location = jsonLocationAt(model.getValue(), model.getOffsetAt(position));
      const { token } = location;
      if (!token) {
        const inStatements = location.path[location.path.length - 1] === 'Statement' && !location.inKey;
        if (!inStatements) return { suggestions: [] };
        const range = monaco.Range.fromPositions(position, position);
        return {
          suggestions: POLICY_SNIPPETS.map((snippet) => ({
            label: `Statement: ${snippet.title}`,
            kind: monaco.languages.CompletionItemKind.Snippet,
            documentation: snippet.description,
            insertText: snippet
              .statements(target())
              .map((statement) => JSON.stringify(statement, null, 2))
              .join(',\n'),
            range,
          })),
        };
      }
      const range = monaco.Range.fromPositions(
        model.getPositionAt(token.start),
        model.getPositionAt(token.end),
      );
      return {
        suggestions: catalogSuggestions(location).map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          detail: item.detail,
          documentation: item.documentation,
          sortText: item.sortText,
          insertText: item.label,
          range,
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider('json', {
    provideHover(model, position) {
      if (!isPolicyModel(model)) return null;
      const { token } = jsonLocationAt(model.getValue(), model.getOffsetAt(position));
      const hover = token ? catalogHover(token.text) : undefined;
      if (!token || !hover) return null;
      return {
        range: monaco.Range.fromPositions(model.getPositionAt(token.start), model.getPositionAt(token.end)),
        contents: [{ value: `**${hover.title}**` }, { value: hover.body }],
      };
    },
  });
}
