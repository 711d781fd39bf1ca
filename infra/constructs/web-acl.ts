import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';

export interface ApiWebAclProps {
  config: StageConfig;
  /** The ARN of the API Gateway stage the ACL protects. */
  stageArn: string;
}

/**
 * AWS WAF in front of the API stage: AWS's managed common rule set, and a per-IP rate
 * limit on the sign-in endpoints (/v1/auth/*) against password guessing and sign-up floods.
 */
export class ApiWebAcl extends Construct {
  readonly acl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiWebAclProps) {
    super(scope, id);
    const name = `${props.config.stage}-tasklane-api`;
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName,
    });
    this.acl = new wafv2.CfnWebACL(this, 'Acl', {
      name,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${name}-acl`),
      rules: [
        {
          name: 'aws-common-rules',
          priority: 0,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' },
          },
          visibilityConfig: visibility(`${name}-common`),
        },
        {
          name: 'auth-rate-limit',
          priority: 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: props.config.waf.authRequestsPerFiveMinutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  // The stage name precedes the path on the execute-api URL.
                  positionalConstraint: 'CONTAINS',
                  searchString: '/v1/auth/',
                  textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
                },
              },
            },
          },
          visibilityConfig: visibility(`${name}-auth-rate`),
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.stageArn,
      webAclArn: this.acl.attrArn,
    });
  }
}
