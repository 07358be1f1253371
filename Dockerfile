# Chart Lens: production build served by `npm run serve` (server/serve.ts) with its security headers.
# Deploy-time settings: mount your chart-lens.config.json over /app/dist/chart-lens.config.json
# (no rebuild needed), e.g.  docker run -p 8080:8080 -v $PWD/chart-lens.config.json:/app/dist/chart-lens.config.json:ro chart-lens
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
# VITE_* build-time defaults can be passed with --build-arg; the deploy file overrides them.
ARG VITE_EPIC_CLIENT_ID= VITE_CERNER_CLIENT_ID= VITE_CERNER_PROVIDER_CLIENT_ID= VITE_CLIENT_ID=
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8080
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY server ./server
COPY csp.config.ts ./
COPY src/launch/deploy-config.ts src/launch/brands.ts src/launch/brands.json ./src/launch/
USER node
EXPOSE 8080
CMD ["npx", "tsx", "server/serve.ts", "--dir", "dist"]
