import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { WEB_ORIGINS } from '#domain/vocabulary';
import { resourcesOfType, type Synthesized, synthStage } from '#test/support/infra';
import { SPA_ROUTING_FUNCTION } from '../../infra/constructs/web-hosting.ts';
import { DEPLOY_STAGES, stageConfig } from '../../infra/stage-config.ts';
import { webContentSecurityPolicy } from '../../scripts/web/content-security-policy.ts';

let dev: Synthesized;
let prod: Synthesized;
beforeAll(async () => {
  [dev, prod] = await Promise.all([synthStage('dev'), synthStage('prod')]);
}, 600_000);

/** CloudFormation joins tokens with Fn::Join; the policy text is the join of its literal parts. */
function joined(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (!join) return '<token>';
  return join[1].map((part) => (typeof part === 'string' ? part : '<token>')).join(join[0]);
}

/** The properties of the one resource of a type. */
function propertiesOfOnly(stage: Synthesized, type: string): Record<string, unknown> {
  const resources = resourcesOfType(stage, type);
  expect(resources).toHaveLength(1);
  return resources[0]?.[1].Properties ?? {};
}

function distribution(stage: Synthesized) {
  return propertiesOfOnly(stage, 'AWS::CloudFront::Distribution').DistributionConfig as Record<
    string,
    unknown
  >;
}

describe('the web app hosting', () => {
  it("serves the stage's https web origins, over TLS 1.2+ only, from a private bucket through origin access control", () => {
    const config = distribution(prod);
    expect(config.Aliases).toEqual(WEB_ORIGINS.prod.map((origin) => new URL(origin).hostname));
    expect(config.ViewerCertificate).toMatchObject({
      AcmCertificateArn: stageConfig('prod').web.certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'https-only' });
    expect(resourcesOfType(prod, 'AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    prod.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: Match.stringLikeRegexp('-prod-tasklane-web$'),
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    // Only CloudFront (this distribution) may read the site.
    prod.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('sends security headers and a CSP that allows only the API, the upload host and Cognito', () => {
    const policy = propertiesOfOnly(prod, 'AWS::CloudFront::ResponseHeadersPolicy');
    const security = (policy.ResponseHeadersPolicyConfig as Record<string, Record<string, unknown>>)
      .SecurityHeadersConfig as Record<string, Record<string, unknown>>;
    const csp = joined(security.ContentSecurityPolicy?.ContentSecurityPolicy);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const connect = csp.split('; ').find((directive) => directive.startsWith('connect-src')) ?? '';
    expect(connect.split(' ')).toEqual([
      'connect-src',
      "'self'",
      // The REST API, the files bucket's regional host, the Hosted UI domain and the issuer.
      'https://<token>.execute-api.eu-west-1.<token>',
      'https://<token>',
      'https://<token>.auth.eu-west-1.amazoncognito.com',
      'https://cognito-idp.eu-west-1.<token>',
    ]);
    expect(security.StrictTransportSecurity).toMatchObject({ Override: true, IncludeSubdomains: true });
    expect(security.FrameOptions).toMatchObject({ FrameOption: 'DENY' });
    expect(security.ContentTypeOptions).toMatchObject({ Override: true });
    expect(security.ReferrerPolicy).toMatchObject({ ReferrerPolicy: 'strict-origin-when-cross-origin' });
  });

  it('names no wildcard and nothing unsafe in the policy', () => {
    const csp = webContentSecurityPolicy([
      'https://abc.execute-api.eu-west-1.amazonaws.com',
      'https://files.s3.eu-west-1.amazonaws.com',
      'https://x.auth.eu-west-1.amazoncognito.com',
    ]);
    expect(csp).not.toMatch(/\*|unsafe-inline|unsafe-eval/);
  });

  it('serves index.html for app routes and leaves files alone (SPA routing)', () => {
    const route = (uri: string) =>
      new Function(`${SPA_ROUTING_FUNCTION}; return handler;`)()({ request: { uri } }).uri as string;
    expect(route('/')).toBe('/index.html');
    expect(route('/projects/01J0/board')).toBe('/index.html');
    expect(route('/callback')).toBe('/index.html');
    expect(route('/assets/index-0a1b2c.js')).toBe('/assets/index-0a1b2c.js');
    expect(route('/config.json')).toBe('/config.json');
    prod.template.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
      FunctionCode: SPA_ROUTING_FUNCTION,
    });
    expect(distribution(prod).DefaultCacheBehavior).toMatchObject({
      FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: expect.anything() }],
    });
  });

  it('caches hashed assets for a year and revalidates index.html and config.json', () => {
    const deployments = resourcesOfType(prod, 'Custom::CDKBucketDeployment').map(
      ([, resource]) => resource.Properties,
    );
    expect(deployments.map((props) => props.SystemMetadata)).toEqual(
      expect.arrayContaining([
        { 'cache-control': 'public, max-age=31536000, immutable' },
        { 'cache-control': 'no-cache' },
      ]),
    );
    const entry = deployments.find(
      (props) => (props.SystemMetadata as Record<string, string>)['cache-control'] === 'no-cache',
    );
    expect(entry?.DistributionPaths).toEqual(['/index.html', '/config.json']);
    expect(deployments.every((props) => props.Prune === false)).toBe(true);
  });

  it('tells the app (config.json) the API, the user pool, the Hosted UI and, where keys are required, the web key', () => {
    const references = (stage: Synthesized) =>
      JSON.stringify(
        resourcesOfType(stage, 'Custom::CDKBucketDeployment').map(
          ([, resource]) => resource.Properties.SourceMarkers,
        ),
      );
    for (const resource of ['RestApi', 'UsersUserPool', 'UsersUserPoolAppClient', 'UsersUserPoolHostedUi']) {
      expect(references(prod)).toMatch(new RegExp(`"Ref":"${resource}[0-9A-F]{8}"`));
    }
    expect(references(prod)).toMatch(/"Fn::GetAtt":\["WebApiKeyValue[0-9A-F]{8}","value"\]/);
    expect(references(dev)).not.toContain('WebApiKeyValue');
    const call = JSON.stringify(propertiesOfOnly(prod, 'Custom::AWS').Update);
    expect(call).toContain('\\"action\\":\\"getApiKey\\"');
    expect(call).toContain('\\"includeValue\\":true');
  });

  it("puts the app's origins among the Hosted UI callbacks and the CORS origins of every stage", () => {
    for (const stage of DEPLOY_STAGES) {
      const config = stageConfig(stage);
      for (const domain of config.web.domainNames) {
        expect(config.accounts.callbackUrls).toContain(`https://${domain}/callback`);
        expect(config.corsOrigins).toContain(`https://${domain}`);
      }
    }
    expect(stageConfig('dev').web.domainNames).toEqual(['dev.tasklane.example.com']);
  });

  it('refuses a certificate outside us-east-1', () => {
    expect(() =>
      stageConfig('prod', {
        webCertificateArn:
          'arn:aws:acm:eu-west-1:333333333333:certificate/00000000-0000-0000-0000-000000000000',
      }),
    ).toThrow(/us-east-1/);
  });
});
