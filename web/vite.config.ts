import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The web app: Preact through Vite's own JSX transform (no plugin), the shipped typed client
 * imported from clients/typescript by relative path. `build` writes web/dist: index.html, hashed assets, nothing else; the runtime
 * settings (`/config.json`) are served beside it by whoever hosts it.
 */
export default defineConfig({
  root: here('.'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: here('dist'), emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: { port: 5173, strictPort: true },
});
