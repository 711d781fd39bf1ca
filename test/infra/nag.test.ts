import type { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { synthStage } from '#test/support/infra';
import { DEPLOY_STAGES } from '../../infra/stage-config.ts';

/** Every acknowledgement `Validations.of(...).acknowledge()` recorded on a construct: rule id → reason. */
function acknowledgements(app: App): Array<{ path: string; id: string; reason: string }> {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === 'aws:cdk:acknowledged-rules')
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

/** Synthesis bundles the functions and runs cdk-nag over every API method: minutes on a loaded machine. */
const SYNTH_BOUND_MS = 600_000;

describe('cdk-nag AwsSolutions checks', () => {
  it.each(DEPLOY_STAGES)(
    'pass for %s with no unacknowledged error or warning',
    async (stage) => {
      // buildApp registers the checks; synthesis throws on errors, the report also lists warnings.
      const synth = await synthStage(stage);
      expect(synth.violations).toEqual([]);
    },
    SYNTH_BOUND_MS,
  );

  it(
    'acknowledges findings only with a written reason',
    async () => {
      const synth = await synthStage('prod');
      // aws-cdk-lib acknowledges some of its own CloudFormation-Validate rules; ours are cdk-nag's.
      const acks = acknowledgements(synth.app).filter((ack) => ack.id.includes('AwsSolutions-'));
      expect(acks.length).toBeGreaterThan(10);
      for (const ack of acks) {
        expect(ack, 'every acknowledgement explains itself').toMatchObject({
          reason: expect.stringMatching(/\S{3,}.{40,}/),
        });
      }
    },
    SYNTH_BOUND_MS,
  );
});
