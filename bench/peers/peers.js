// Peers on the same text as `kg` benchmarks: chrono-node's date pass and wink-nlp's lite English
// pipeline (tokens, sentences, entities) over the article texts of a .jsonl corpus, in MB/s of text.
// usage: node peers.js CORPUS.jsonl [--limit N]
'use strict';
const fs = require('fs');
const readline = require('readline');

async function readTexts(path, limit) {
  const texts = [];
  const lines = readline.createInterface({ input: fs.createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    texts.push(JSON.parse(line).text || '');
    if (texts.length >= limit) break;
  }
  return texts;
}

// One warm-up pass (JIT, model load) on a slice, then the timed pass over all texts.
function measure(name, texts, run) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts.slice(0, 300)) run(t);
  const start = process.hrtime.bigint();
  let found = 0;
  for (const t of texts) found += run(t);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name.padEnd(28)} documents=${texts.length} text=${(chars / 1e6).toFixed(2)} MB ` +
    `time=${seconds.toFixed(2)}s throughput=${(chars / 1e6 / seconds).toFixed(2)} MB/s found=${found}`);
}

async function main() {
  const path = process.argv[2];
  const i = process.argv.indexOf('--limit');
  const limit = i > 0 ? parseInt(process.argv[i + 1], 10) : Infinity;
  if (!path) {
    console.error('usage: node peers.js CORPUS.jsonl [--limit N]');
    process.exit(2);
  }
  const texts = await readTexts(path, limit);

  const chrono = require('chrono-node');
  measure('chrono-node parse (dates)', texts, (t) => chrono.parse(t, new Date(Date.UTC(1987, 2, 1))).length);

  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  const its = nlp.its;
  measure('wink-nlp lite (sbd,pos,ner)', texts, (t) => nlp.readDoc(t).entities().out(its.value).length);
}

main();
