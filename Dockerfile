# One image for every HealthPay process (portals, projector, relay); docker-compose.yml picks the command.
FROM node:20-bookworm AS build
WORKDIR /app
COPY . .
RUN npm install --no-audit --no-fund && npx turbo run build --filter=./apps/*
ENV NODE_ENV=production HP_HOST=0.0.0.0
EXPOSE 3000 3001 3002 9464
