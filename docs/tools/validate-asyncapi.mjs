// Validates docs/asyncapi.yaml with the official AsyncAPI parser, resolving the $refs to the event
// schemas in events/, and exits non-zero when the document has errors. Run: npm ci && npm run validate-asyncapi
import { Parser, fromFile } from '@asyncapi/parser';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.resolve(here, process.argv[2] ?? '../asyncapi.yaml');
const SEVERITY = ['error', 'warning', 'info', 'hint'];

const { document, diagnostics } = await fromFile(new Parser(), file).parse();

for (const d of diagnostics) {
  const where = d.path && d.path.length ? d.path.join('.') : '(document)';
  console.log(`${SEVERITY[d.severity] ?? d.severity} ${d.code}: ${d.message} at ${where}`);
}
const errors = diagnostics.filter((d) => d.severity === 0);
if (!document || errors.length > 0) {
  console.error(`${path.relative(process.cwd(), file)}: invalid, ${errors.length} error(s)`);
  process.exit(1);
}
const messages = document.allMessages().length;
console.log(`${path.relative(process.cwd(), file)}: valid AsyncAPI ${document.version()}, `
  + `${document.allChannels().length} channels, ${messages} messages, ${document.allOperations().length} operations`);
