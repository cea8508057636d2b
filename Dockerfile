# The API as README.md deploys it (Deploy, Production deployment): Node 20, the workspace installed
# with `npm ci`, apps/api/src/main.ts compiled on the fly by @swc-node/register, as a non-root user.
#
#   docker build -t groupfinder-api .
#   docker run -e DATABASE_URL=... -e DATA_KEYS=... -e BLIND_INDEX_KEY=... -e SMTP_URL=... -e DASHBOARD_URL=... -e REDIS_URL=... -p 4000:4000 groupfinder-api
#
# The widget's script and the dashboard, as static files (API_URL is built into them):
#
#   docker build --target static --build-arg API_URL=https://YOUR-API/graphql --output type=local,dest=static .
#
# writes static/widget/groupfinder-widget.js and static/dashboard/.

FROM node:20-bookworm-slim AS workspace
# argon2's prebuilt linux-x64 binary does not load on Debian bookworm (node-gyp-build then compiles
# it, as on a development machine), and the slim image has no compiler: the toolchain stays in this
# stage, the API's image below copies only what it built.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The workspace's manifests first, so that a change of the source does not install everything again.
# Every workspace (package.json "workspaces") needs its own here, or `npm ci` refuses the lock file.
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/dashboard/package.json apps/dashboard/
COPY apps/widget/package.json apps/widget/
COPY libs/domain/package.json libs/domain/
COPY libs/translations/package.json libs/translations/
COPY e2e/package.json e2e/
COPY tools/package.json tools/
# Playwright's package is a dev dependency of the tests; browsers are never downloaded.
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
RUN npm ci && npm cache clean --force
COPY . .

FROM workspace AS static-build
ARG API_URL=http://localhost:4000/graphql
RUN API_URL="$API_URL" npx nx run-many -t build -p dashboard widget --output-style=static

FROM scratch AS static
COPY --from=static-build /app/apps/widget/dist /widget
COPY --from=static-build /app/apps/dashboard/dist /dashboard

# The default target: the API, on the slim image without the toolchain; its files belong to root, read-only to the process.
FROM node:20-bookworm-slim AS api
WORKDIR /app
COPY --from=workspace /app /app
ENV NODE_ENV=production \
    SWC_NODE_PROJECT=apps/api/tsconfig.json \
    HOST=0.0.0.0 \
    API_PORT=4000
# PGlite's directory, should DATABASE_URL be left out (one process only; use PostgreSQL in production).
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 4000
# Liveness (README, Deploy): 200 as long as the process lives; the slim image has no curl, Node has fetch.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.API_PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: the API stops taking connections and lets requests finish (SHUTDOWN_GRACE_SECONDS); give `docker stop -t` more than that.
STOPSIGNAL SIGTERM
CMD ["node", "-r", "@swc-node/register", "apps/api/src/main.ts"]
