'use strict';
// Parses the Bicep sources given on stdin (a JSON array of strings) with the tree-sitter Bicep
// grammar and prints their syntax trees as JSON. It runs as a process of its own because
// tree-sitter's binding patches its native classes when loaded: jest loads each test file's
// modules afresh, and a second copy in the same worker gets trees without a root node.
const Parser = require('tree-sitter');
const Bicep = require('tree-sitter-bicep');

const parser = new Parser();
parser.setLanguage(Bicep);

function visit(cursor) {
  const node = cursor.currentNode;
  const field = cursor.currentFieldName;
  const entry = {
    type: node.type,
    named: node.isNamed,
    missing: node.isMissing,
    start: node.startIndex,
    end: node.endIndex,
    row: node.startPosition.row,
    column: node.startPosition.column,
    ...(field ? { field } : {}),
    children: [],
  };
  if (cursor.gotoFirstChild()) {
    do entry.children.push(visit(cursor));
    while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return entry;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  input += chunk;
});
process.stdin.on('end', () => {
  const sources = JSON.parse(input);
  process.stdout.write(JSON.stringify(sources.map((source) => visit(parser.parse(source).walk()))));
});
