import { unsupportedNodeReason } from '../../bot/local/supportedNode';

describe('the Node versions Lärdomar runs on', () => {
  it.each(['24.22.3', '22.12.0', '22.23.5', '25.1.0'])('runs on Node %s', (version) => {
    expect(unsupportedNodeReason(version)).toBeUndefined();
  });

  it.each(['20.20.2', '22.11.0', '18.20.0'])('says in one line why not on Node %s', (version) => {
    const reason = unsupportedNodeReason(version);

    expect(reason).toContain(`this is Node ${version}`);
    expect(reason).toContain('Node 24 or 22');
    expect(reason).not.toContain('\n');
  });
});
