import type { AppDeps } from '#app';
import type { Config } from '#config';
import { createCognitoClient, createCognitoGateway } from '#data/cognito-gateway';
import { createDynamoClients, tableProbe } from '#data/dynamodb-client';
import { createRevokedTokenRepository } from '#data/repositories/revoked-token-repository';
import { createLogger } from '#lib/logger';
import { createAccessTokenVerifier } from '#services/auth/access-token-verifier';
import { createAuthenticator } from '#services/auth/authenticator';
import { createTokenRevocations } from '#services/auth/token-revocations';
import { createUserStatusCache } from '#services/auth/user-status-cache';
import { createAuthService } from '#services/auth-service';

/** Wires clients → repositories → services once per process. No I/O happens here. */
export function createContainer(config: Config): AppDeps {
  const logger = createLogger({ serviceName: config.serviceName, level: config.logLevel });
  const dynamo = createDynamoClients(config);
  const cognito = createCognitoGateway({
    client: createCognitoClient({ region: config.region, endpoint: config.cognito.endpoint }),
    userPoolId: config.cognito.userPoolId,
    clientId: config.cognito.clientId,
  });
  const revocations = createTokenRevocations({
    store: createRevokedTokenRepository({ doc: dynamo.doc, tableName: config.dynamodb.tableName }),
  });
  const userStatus = createUserStatusCache({
    lookup: cognito.getUserStatus,
    ttlSeconds: config.cognito.userStatusCacheSeconds,
  });
  const verifier = createAccessTokenVerifier({
    issuer: config.cognito.issuer,
    jwksUri: config.cognito.jwksUri,
    clientId: config.cognito.clientId,
    hardened: config.isHardened,
  });
  return {
    config,
    logger,
    checkDatabase: tableProbe(dynamo.client, config.dynamodb.tableName),
    authenticator: createAuthenticator({ verifier, revocations, userStatus }),
    authService: createAuthService({ gateway: cognito, revocations, userStatus }),
  };
}
