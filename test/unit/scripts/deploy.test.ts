import { describe, expect, it } from 'vitest';
import { classifyDiff, hasAwsCredentials } from '../../../scripts/deploy.ts';

/** Abridged `cdk diff` output, in the CLI's own layout (colours included). */
const DIFF = `Stack prod-tasklane
IAM Statement Changes
┌───┬──────────┬────────┬───────────────┐
│   │ Resource │ Effect │ Action        │
├───┼──────────┼────────┼───────────────┤
│ + │ *        │ Allow  │ s3:GetObject  │
└───┴──────────┴────────┴───────────────┘
Resources
\u001b[33m[~]\u001b[39m AWS::DynamoDB::Table Data/Table DataTable1A2B3C replace
 └─ [~] TableName (requires replacement)
[-] AWS::S3::Bucket Files/Files FilesBucket4D5E orphan
[~] AWS::Lambda::Function ApiFunction/Function ApiFunction685AAB5B replace
[~] AWS::SQS::Queue Jobs/DeadLetters JobsDeadLetters9F
 └─ [~] MessageRetentionPeriod
[+] AWS::Logs::LogGroup New/Logs NewLogs77
`;

describe('classifyDiff', () => {
  it('flags security broadening and the replaced or removed stateful resources, not stateless ones', () => {
    const risks = classifyDiff(DIFF);
    expect(risks.broadening).toBe(true);
    expect(risks.statefulChanges).toEqual([
      '[~] AWS::DynamoDB::Table Data/Table DataTable1A2B3C replace',
      '[-] AWS::S3::Bucket Files/Files FilesBucket4D5E orphan',
    ]);
  });

  it('passes a diff that only updates in place', () => {
    expect(classifyDiff('Resources\n[~] AWS::SQS::Queue Jobs/DeadLetters Q1\n')).toEqual({
      broadening: false,
      statefulChanges: [],
    });
  });
});

describe('hasAwsCredentials', () => {
  const none = {
    HOME: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/c',
    AWS_CONFIG_FILE: '/nonexistent/f',
  };
  it('sees keys, profiles, web identity and container credentials, and nothing in an empty environment', () => {
    expect(hasAwsCredentials(none)).toBe(false);
    expect(hasAwsCredentials({ ...none, AWS_ACCESS_KEY_ID: 'a' })).toBe(false);
    expect(hasAwsCredentials({ ...none, AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' })).toBe(true);
    expect(hasAwsCredentials({ ...none, AWS_PROFILE: 'dev' })).toBe(true);
    expect(hasAwsCredentials({ ...none, AWS_WEB_IDENTITY_TOKEN_FILE: '/t' })).toBe(true);
  });
});
