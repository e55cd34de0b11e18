import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { descendantsOfType, parseBicep, syntaxProblems } from './bicepTemplate';

/**
 * main.bicep parsed with the tree-sitter Bicep grammar, the closest thing to `az bicep build` that
 * runs offline: a syntax error fails the tests here rather than the first deployment. Types,
 * resource schemas and API versions are checked by Azure only.
 */

const source = readFileSync(join(__dirname, '..', '..', 'infra', 'main.bicep'), 'utf8');

/** Each one breaks the template in a way a careless edit could. */
const breakages: Record<string, (text: string) => string> = {
  'an unclosed brace': (text) => text.replace(/\n}\n(?![\s\S]*\n}\n)/, '\n\n'),
  'a stray token': (text) => text.replace("param botSku string = 'F0'", "param botSku string = 'F0' )"),
  'a misspelt keyword': (text) => text.replace('param botSku string', 'parm botSku string'),
  'a property without its colon': (text) => text.replace('httpsOnly: true', 'httpsOnly true'),
  'an unterminated string': (text) => text.replace("'Standard_LRS'\n", "'Standard_LRS\n"),
  'an unclosed interpolation': (text) => text.replace(`'NODE|\${nodeRuntime}'`, `'NODE|\${nodeRuntime'`),
};

const names = Object.keys(breakages);
const brokenSources = Object.values(breakages).map((breakage) => breakage(source));
// One parser process for the template and every broken copy of it.
const [tree, ...brokenTrees] = parseBicep(source, ...brokenSources);

describe('infra/main.bicep syntax', () => {
  it('parses without an error or a missing token', () => {
    if (!tree) throw new Error('no syntax tree');

    expect(syntaxProblems(tree)).toEqual([]);
    expect(tree.hasError).toBe(false);
    expect(descendantsOfType(tree, 'resource_declaration').length).toBeGreaterThan(5);
  });

  it.each(names.map((name, index) => [name, index] as const))('is found broken with %s', (_name, index) => {
    const broken = brokenTrees[index];
    if (!broken) throw new Error('no syntax tree');

    expect(brokenSources[index]).not.toBe(source);
    expect(syntaxProblems(broken)).not.toEqual([]);
  });
});
