import { describe, expect, it } from 'vitest';
import { NODE_MAJOR, olderNodeThanRequired } from '../../../scripts/node-runtime.ts';

describe('olderNodeThanRequired', () => {
  it('says in one line which Node is needed and how to get it, on an older Node', () => {
    const message = olderNodeThanRequired('20.20.2') ?? '';
    expect(message).toContain(`needs Node ${NODE_MAJOR}, this is Node 20.20.2`);
    expect(message).toContain(`npx -y -p node@${NODE_MAJOR} -- npm start`);
    expect(message).not.toContain('\n');
  });

  it('lets the same major and newer ones run', () => {
    expect(olderNodeThanRequired(`${NODE_MAJOR}.0.0`)).toBeUndefined();
    expect(olderNodeThanRequired(`v${NODE_MAJOR + 2}.1.0`)).toBeUndefined();
  });
});
