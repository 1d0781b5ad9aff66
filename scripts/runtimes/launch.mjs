// Run under Deno or Bun by drive.mjs: import the job module, call main(input), print the result on one line.
// (Deno and Bun run the TypeScript job modules directly and resolve 'ephemera/…' through the package's exports.)
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const [entry, inputPath] = (globalThis.Deno?.args ?? process.argv.slice(2));
const { main } = await import(pathToFileURL(entry).href);
const input = JSON.parse(await readFile(inputPath, 'utf8'));
const output = await main(input);
console.log(`@@RESULT ${JSON.stringify(output)}`);
