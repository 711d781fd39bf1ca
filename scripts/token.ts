/**
 * `npm run -s token -- <alice|bob|admin>`: prints that demo user's access token, and only
 * that, on stdout — for `TOKEN=$(npm run -s token -- alice)`. Needs `npm start` running:
 * it finds the stack through the file `npm start` writes (`.data/local-env.json`).
 */
import { createCognitoGateway } from '#data/cognito/gateway';
import { DomainError, ServiceUnavailableError } from '#domain/errors';
import { localCognitoClient } from './local/bootstrap.ts';
import { DEMO_USERS, type DemoUserName } from './local/demo-users.ts';
import { LocalStackNotFoundError, localEnvFile, readLocalEnv } from './local/local-env.ts';

function fail(message: string, code = 1): never {
  console.error(`✖ ${message}`);
  process.exit(code);
}

function isDemoUser(name: string | undefined): name is DemoUserName {
  return name !== undefined && Object.hasOwn(DEMO_USERS, name);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  const names = Object.keys(DEMO_USERS).join('|');
  if (!isDemoUser(name))
    fail(`usage: npm run -s token -- <${names}>${name ? ` (unknown user "${name}")` : ''}`, 2);

  const file = localEnvFile();
  let environment: ReturnType<typeof readLocalEnv>;
  try {
    environment = readLocalEnv(file);
  } catch (error) {
    if (error instanceof LocalStackNotFoundError) fail(error.message);
    throw error;
  }
  const gateway = createCognitoGateway({
    client: localCognitoClient(environment.cognitoEndpoint),
    userPoolId: environment.userPoolId,
    clientId: environment.clientId,
  });
  const user = DEMO_USERS[name];
  try {
    const signedIn = await gateway.signIn({ email: user.email, password: user.password });
    if (signedIn.kind === 'wrong_credentials') fail(`${user.email} cannot sign in: wrong password`);
    if (signedIn.kind === 'challenge')
      fail(`${user.email} cannot sign in: Cognito asks for ${signedIn.challenge}`);
    process.stdout.write(`${signedIn.tokens.accessToken}\n`);
  } catch (error) {
    if (error instanceof ServiceUnavailableError) {
      fail(`cognito-local does not answer at ${environment.cognitoEndpoint}: is \`npm start\` running?`);
    }
    if (error instanceof DomainError) fail(`${user.email} cannot sign in: ${error.detail ?? error.code}`);
    throw error;
  }
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
