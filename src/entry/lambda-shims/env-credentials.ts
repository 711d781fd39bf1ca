import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles only (see
 * scripts/bundle.ts). Lambda always hands the function role's credentials over in the
 * environment, so the rest of the default chain (SSO, INI files, web identity, IMDS and the
 * nested STS/SSO clients behind them) is dead weight there: ~90 KiB and import time per cold start.
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
