import { strict as assert } from 'node:assert';
import { RestartPolicy } from '../../client/src/restartPolicy';

describe('RestartPolicy (client/src/restartPolicy.ts)', () => {
  it('restarts after each crash and tells the user only after the first', () => {
    let now = 0;
    const policy = new RestartPolicy(5, 180_000, () => now);
    const decisions = [0, 1, 2, 3, 4].map(() => {
      now += 1000;
      return policy.onClose();
    });
    assert.deepEqual(decisions, [
      { restart: true, notify: 'restarted' },
      { restart: true, notify: null },
      { restart: true, notify: null },
      { restart: true, notify: null },
      { restart: true, notify: null },
    ]);
  });

  it('gives up on the sixth crash within three minutes, and says so', () => {
    let now = 0;
    const policy = new RestartPolicy(5, 180_000, () => now);
    for (let crash = 0; crash < 5; crash++) {
      now += 1000;
      policy.onClose();
    }
    now += 1000;
    assert.deepEqual(policy.onClose(), { restart: false, notify: 'gave-up' });
  });

  it('forgets crashes older than the window, without telling the user again', () => {
    let now = 0;
    const policy = new RestartPolicy(5, 180_000, () => now);
    for (let crash = 0; crash < 5; crash++) {
      now += 1000;
      policy.onClose();
    }
    now += 180_000;
    assert.deepEqual(policy.onClose(), { restart: true, notify: null });
  });
});
