'use strict';
// Reference runner for Oryx's differential tests (dev.oryx.fuzz.NodeRunner): reads one request
// per line on stdin, a JSON string holding a program; runs it in a fresh vm context, then lets
// its promise jobs run; writes one reply per line on stdout, the JSON array
// [uncaughtErrorNameOrNull, timedOut, outputText]. Non-ASCII is escaped so the pipe is ASCII.
const vm = require('vm');
const readline = require('readline');

const MAX_OUTPUT = 200000;
process.on('unhandledRejection', () => {});

function ascii(text) {
  return text.replace(/[\u007f-\uffff]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function errorName(context, e) {
  try {
    if (typeof context.$err === 'function') return String(context.$err(e));
  } catch (ignored) {
    // the name alone
  }
  try {
    return e !== null && typeof e === 'object' && typeof e.name === 'string' ? e.name : 'throw';
  } catch (ignored) {
    return 'throw';
  }
}

async function run(source) {
  let output = '';
  const context = vm.createContext({});
  context.$out = line => {
    if (output.length < MAX_OUTPUT) output += String(line) + '\n';
  };
  let uncaught = null;
  let timedOut = false;
  try {
    vm.runInContext(source, context, { timeout: 5000, filename: 'fuzz.js' });
  } catch (e) {
    if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') timedOut = true;
    else uncaught = errorName(context, e);
  }
  // promise jobs of the program run before the next macrotask
  await new Promise(resolve => setImmediate(resolve));
  return [uncaught, timedOut, output];
}

(async () => {
  const lines = readline.createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.length === 0) continue;
    const reply = await run(JSON.parse(line));
    process.stdout.write(ascii(JSON.stringify(reply)) + '\n');
  }
})();
