# syntax=docker/dockerfile:1
# The API as a container (ECS/Fargate or App Runner): the esbuild bundle of src/entry/cluster.ts
# on a slim Node image, running as the unprivileged `node` user, no node_modules, no tsx.
# One server worker per available core (WEB_CONCURRENCY overrides), sharing port $PORT.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies are needed to bundle (esbuild, tsx); none of them reach the final image.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY scripts/bundle.ts ./scripts/bundle.ts
RUN npx tsx scripts/bundle.ts server

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/dist/server/ ./
USER node
EXPOSE 3000
# The primary handles SIGTERM itself (every worker stops accepting and drains within
# SHUTDOWN_GRACE_SECONDS, default 8, below Docker's 10 s stop timeout; then exit 0), so it runs as PID 1.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "index.mjs"]
