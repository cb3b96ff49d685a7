# syntax=docker/dockerfile:1
# Images for every HealthPay deployable, one target each (docs/operations.md, "Images"):
#   portal   the three Next portals behind services/portal-server (args: <web|admin|merchant> [port])
#   worker   services/projector: the projector (default) or the outbox relay (args: services/projector/src/relay/relay-main.ts)
#   sandbox  the Paymob-like and Fawry-like payment sandboxes (development only)
#   all      everything, no entrypoint: what docker-compose.yml runs with its own commands (the default target)
# Build one with `docker build --target portal -t healthpay-portal .`. Runtime stages run as the `node` user (uid 1000)
# over files owned by root, so the app cannot rewrite itself.

FROM node:20-bookworm AS deps
WORKDIR /app
COPY . .
# `npm ci` trips over an npm 11 lockfile bug with optional platform packages (see .ci/run).
RUN npm install --no-audit --no-fund

FROM deps AS build
RUN npx turbo run build --filter=./apps/*

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HP_HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app /app
# The filesystem document store (HP_DOCUMENTS_DIR in docker-compose.yml and the dev overlay), the one folder the
# app writes: a named volume mounted here starts out with this owner, so `node` can write it.
RUN install -d -o node -g node /var/lib/healthpay/documents
USER node

FROM runtime AS worker
# The probe server of services/projector (HP_HEALTH_PORT): liveness and readiness, like the Kubernetes probes.
ENV HP_HEALTH_PORT=8081 HP_HEALTH_HOST=0.0.0.0
EXPOSE 8081 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HP_HEALTH_PORT+'/health/readiness').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node_modules/.bin/tsx"]
CMD ["services/projector/src/main.ts"]

FROM runtime AS sandbox
ENV HP_SANDBOX_HOST=0.0.0.0 HP_PAYMOB_SANDBOX_PORT=3010 HP_FAWRY_SANDBOX_PORT=3011
EXPOSE 3010 3011
# The sandboxes have no health route: both listening is healthy (the Kubernetes probes are TCP checks too).
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "const n=require('node:net');Promise.all([3010,3011].map(p=>new Promise((y,f)=>n.connect(p,'127.0.0.1',y).on('error',f)))).then(()=>process.exit(0),()=>process.exit(1))"]
ENTRYPOINT ["node_modules/.bin/tsx"]
CMD ["services/payment-sandbox/src/main.ts"]

FROM runtime AS portal
COPY --from=build /app/apps/web/.next /app/apps/web/.next
COPY --from=build /app/apps/admin/.next /app/apps/admin/.next
COPY --from=build /app/apps/merchant/.next /app/apps/merchant/.next
# Every portal listens on PORT inside its container; the manifests pass it as the second argument too.
ENV PORT=3000
# A 64 MB young generation, as `npm start` runs the portals: a staff debit's portal CPU −11 % (docs/benchmarks.md, bench:portal run 3).
ENV NODE_OPTIONS=--max-semi-space-size=64
EXPOSE 3000 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health/readiness').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node_modules/.bin/tsx", "services/portal-server/src/main.ts"]
CMD ["web", "3000"]

FROM portal AS all
ENTRYPOINT []
CMD ["bash"]
# docker-compose.yml gives each service its own command and health check.
HEALTHCHECK NONE
EXPOSE 3000 3001 3002 9464
