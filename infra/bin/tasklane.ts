import { buildApp } from '../app.ts';

/** `npx cdk synth -c stage=dev` (see cdk.json). */
buildApp();
