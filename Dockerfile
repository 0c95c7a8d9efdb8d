# Cloud Native Atlas as a container image: build the static site, then serve dist/ with Debian's
# nginx and the project's own configuration (deploy/nginx/, the same server and files that
# tests/e2e/nginx.test.ts runs on loopback), as a non-root user with a read-only root filesystem.
#
#   docker build --build-arg SITE_URL=https://docs.example.org -t cloud-native-atlas .
#   docker run --read-only --tmpfs /tmp -p 8080:8080 cloud-native-atlas
#
# Health endpoint for probes: GET /healthz on port 8080 (answered by nginx; no shell or curl in
# the image is needed, so there is no HEALTHCHECK: Kubernetes probes call /healthz directly).

FROM node:24-bookworm-slim AS build
WORKDIR /src
# The public origin and subpath the site is built for (see README, "Self-hosting").
ARG SITE_URL=http://localhost:8080
ARG BASE_PATH=/
ARG REPO_URL
ENV SITE_URL=$SITE_URL BASE_PATH=$BASE_PATH REPO_URL=$REPO_URL ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Diagrams come from the committed SVG cache (content/diagrams/), so the build needs no browser.
RUN npm run build

FROM debian:bookworm-slim AS serve
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled /var/www/html
COPY deploy/nginx/nginx.conf deploy/nginx/atlas.conf deploy/nginx/security-headers.conf /etc/nginx/atlas/
COPY --from=build /src/dist/ /usr/share/nginx/atlas/
# nginx writes only to /tmp (pid, temp files; logs go to stderr): mount a tmpfs or an emptyDir there.
USER 101:101
EXPOSE 8080
STOPSIGNAL SIGQUIT
ENTRYPOINT ["/usr/sbin/nginx", "-e", "stderr", "-c", "/etc/nginx/atlas/nginx.conf", "-g", "daemon off;"]
