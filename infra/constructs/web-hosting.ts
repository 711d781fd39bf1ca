import { existsSync } from 'node:fs';
import path from 'node:path';
import { type CfnElement, CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { webContentSecurityPolicy } from '../../scripts/web/content-security-policy.ts';
import type { AppSettings } from '../../web/src/config.ts';
import type { StageConfig } from '../stage-config.ts';

/** Context naming the built web app (Vite's output folder); infra/bin/tasklane.ts builds it. */
export const WEB_DIR_CONTEXT = 'tasklane:webDir';

/** The file the app reads at start-up for what differs between stages (API URL, user pool, …). */
export const WEB_RUNTIME_CONFIG_FILE = 'config.json';

/** The only places a page of the app may talk to, besides its own origin. */
export interface WebConnectSources {
  /** The REST API's origin. */
  apiOrigin: string;
  /** The files bucket, where the browser PUTs presigned uploads and GETs downloads. */
  uploadOrigin: string;
  /** The Hosted UI (token exchange) and the user pool's issuer (OIDC discovery, keys). */
  authOrigins: string[];
}

/**
 * Paths without a file extension are the app's own routes (/projects/…, /callback): CloudFront
 * serves index.html for them and the app routes in the browser. Files that do not exist stay
 * 403/404, unlike an error-page fallback that would turn every missing file into the app.
 */
export const SPA_ROUTING_FUNCTION = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

export interface WebHostingProps {
  config: StageConfig;
  /** What the deployed app is told at start-up (web/src/config.ts reads it); everything else is in its build. */
  runtimeConfig: AppSettings;
  connectSources: WebConnectSources;
  /** Where CloudFront and the site bucket write their access logs. */
  accessLogs: s3.IBucket;
}

/**
 * The web app on S3 + CloudFront: a private bucket read only through origin access control,
 * HTTPS only on the stage's own domains (`config.web`), security headers with a CSP that names
 * the API and the upload host, SPA routing, hashed assets cached for a year and index.html and
 * config.json never cached.
 */
export class WebHosting extends Construct {
  readonly distribution: cloudfront.Distribution;
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const { config } = props;
    const { web } = config;
    const siteDir = builtSite(this);
    this.bucket = new s3.Bucket(this, 'Site', {
      bucketName: `${Stack.of(this).account}-${config.stage}-tasklane-web`,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'web-bucket/',
      // Like every bucket of the stack: a stack operation never deletes a bucket.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      responseHeadersPolicyName: `${config.stage}-tasklane-web-security`,
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: webContentSecurityPolicy([
            props.connectSources.apiOrigin,
            props.connectSources.uploadOrigin,
            ...props.connectSources.authOrigins,
          ]),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });
    const spaRouting = new cloudfront.Function(this, 'SpaRouting', {
      functionName: `${config.stage}-tasklane-web-routing`,
      comment: 'Serves index.html for the app routes (paths without a file extension)',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(SPA_ROUTING_FUNCTION),
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Tasklane web app (${config.stage})`,
      domainNames: web.domainNames,
      certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', web.certificateArn),
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultRootObject: 'index.html',
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'web-distribution/',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: headers,
        functionAssociations: [
          { function: spaRouting, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
    });

    // Vite names every asset by its content hash: cached for a year; the entry points revalidate.
    new s3deploy.BucketDeployment(this, 'Assets', {
      sources: [s3deploy.Source.asset(siteDir, { exclude: ['index.html'] })],
      destinationBucket: this.bucket,
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
      // Pages still open in a browser keep loading the previous build's files.
      prune: false,
    });
    new s3deploy.BucketDeployment(this, 'EntryPoints', {
      sources: [
        s3deploy.Source.asset(siteDir, { exclude: ['*', '!index.html'] }),
        s3deploy.Source.jsonData(WEB_RUNTIME_CONFIG_FILE, props.runtimeConfig),
      ],
      destinationBucket: this.bucket,
      cacheControl: [s3deploy.CacheControl.fromString('no-cache')],
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/index.html', `/${WEB_RUNTIME_CONFIG_FILE}`],
    });

    acknowledgeCdkHandlers(Stack.of(this), this.bucket);

    new CfnOutput(this, 'WebUrl', {
      description: `The web app (${web.domainNames.join(', ')}: point DNS at the distribution)`,
      value: `https://${web.domainNames[0]}`,
    });
    new CfnOutput(this, 'WebDistributionDomain', {
      description: 'CNAME target for the web domains',
      value: this.distribution.distributionDomainName,
    });

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'The web app is static files for signed-in users worldwide; no country is excluded by the product.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The distribution serves only static files; a CloudFront web ACL must live in us-east-1, and the API it calls has its own WAF in prod (ApiWebAcl).',
      },
    );
  }
}

function builtSite(scope: Construct): string {
  const dir: unknown = scope.node.tryGetContext(WEB_DIR_CONTEXT);
  if (typeof dir !== 'string' || dir.length === 0) {
    throw new Error(
      `No web app build: set -c ${WEB_DIR_CONTEXT}=<dir> or synthesize through infra/bin/tasklane.ts, which builds it first`,
    );
  }
  const index = path.join(path.resolve(dir), 'index.html');
  if (!existsSync(index)) throw new Error(`No web app build at ${dir} (no index.html)`);
  return path.resolve(dir);
}

/**
 * The Lambda functions CDK itself adds to copy the build into the bucket (BucketDeployment) and
 * to read the web key (AwsCustomResource): their code, runtime and policies are CDK's, run only
 * during a deploy, and are scoped by CDK to the asset bucket, the site bucket and the one key.
 */
function acknowledgeCdkHandlers(stack: Stack, site: s3.Bucket): void {
  const reason =
    "CDK's own deploy-time handler (BucketDeployment / AwsCustomResource): CDK owns its runtime and its role, which grants object actions on the CDK asset bucket and the web bucket, and one invalidation or API-key read.";
  const siteArn = `<${stack.getLogicalId(site.node.defaultChild as CfnElement)}.Arn>`;
  const findings = [
    'AwsSolutions-L1',
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map(
      (action) => `AwsSolutions-IAM5[Action::${action}]`,
    ),
    `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${stack.account}-${stack.region}/*]`,
    `AwsSolutions-IAM5[Resource::${siteArn}/*]`,
    // CloudFront invalidations name no resource.
    'AwsSolutions-IAM5[Resource::*]',
  ];
  for (const handler of stack.node.children) {
    if (!/^(Custom::CDKBucketDeployment|AWS679f53fac002430cb0da5b7982bd2287)/.test(handler.node.id)) continue;
    Validations.of(handler).acknowledge(...findings.map((id) => ({ id, reason })));
  }
}
