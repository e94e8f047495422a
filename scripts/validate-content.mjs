// Checks content packs against src/content/validate.ts, the same validator the library runs.
// As a CLI: node scripts/validate-content.mjs content/*.json  (prints "ok <file>" or the errors; exits 1 on errors)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const VALIDATOR = fileURLToPath(new URL('../src/content/validate.ts', import.meta.url));

let validatorModule;

/**
 * Loads validate.ts once, transpiled in memory and imported from a `data:` URL. This runs before any
 * build output exists (the CLI, and rollup.config.mjs before it builds), Node 20 can't import
 * TypeScript, and validate.ts imports only types, so the one file transpiled alone is the whole
 * validator: no file on disk to go stale, no extra dependency. If validate.ts ever imports code, the
 * `data:` URL couldn't resolve that import: this fails first, naming it.
 */
function loadValidator() {
  validatorModule ??= readFile(VALIDATOR, 'utf8').then((source) => {
    const { outputText } = ts.transpileModule(source, {
      fileName: VALIDATOR,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 },
    });
    const imports = ts.preProcessFile(outputText, true, true).importedFiles.map((file) => file.fileName);
    if (imports.length > 0) {
      throw new Error(
        `src/content/validate.ts imports ${imports.join(', ')}: scripts/validate-content.mjs loads it alone, so it may import only types`,
      );
    }
    return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  });
  return validatorModule;
}

function displayName(file) {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/** Resolves with the pack when `file` is a valid content pack; otherwise throws an Error listing every problem. */
export async function validateContentFile(file) {
  const source = displayName(String(file));
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${source}: cannot be read: ${error.message}`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: is not valid JSON: ${error.message}`);
  }
  const { validatePack, formatPackErrors } = await loadValidator();
  const result = validatePack(value);
  if (!result.ok) throw new Error(formatPackErrors(result.errors, source));
  return result.pack;
}

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node scripts/validate-content.mjs <pack.json>...');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      await validateContentFile(file);
      console.log(`ok ${displayName(file)}`);
    } catch (error) {
      failed = true;
      console.error(error.message);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
