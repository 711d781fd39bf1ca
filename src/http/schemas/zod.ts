/**
 * zod with `.openapi()` on every schema: importing @hono/zod-openapi extends zod's prototype,
 * so a module that takes zod from here can call it while its own top level builds schemas.
 *
 * Import it as a namespace (`import * as z from './zod.ts'`), as zod itself is imported across
 * src/: esbuild drops the parts of zod a namespace import never touches, but a named `z`
 * (`import { z } from 'zod'`) keeps every export of zod in the bundle.
 */
import '@hono/zod-openapi';

export * from 'zod';
