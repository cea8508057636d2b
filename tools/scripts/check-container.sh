#!/usr/bin/env bash
# `npm run check:container`: builds the API's image from the Dockerfile and runs it on a fresh
# PostgreSQL database, without a Docker engine: podman builds it (buildah's chroot isolation, no
# daemon) and buildah runs it. It answers when the Dockerfile still builds and its image still
# serves: /ready, a public search, the process not root; and when its `static` target still
# writes the widget's script and the dashboard. About 6 minutes; not part of `npm test`.
#
# Where Docker Hub cannot be reached (this project's development machine reaches only the npm
# registry and Debian's packages), the base image `node:20-bookworm-slim` is stood in for by one
# made here as the official one is laid out: Debian bookworm (debootstrap), this machine's Node 20
# and npm in /usr/local with Node's headers, and the user `node` (uid 1000). A base image already
# present (pulled, or made by an earlier run) is used as it is. The build may reach the npm registry
# through this machine's CA bundle and Node's local headers (node-gyp cannot download them here):
# both go in for the build only (mounted), never into the image.
#
# Needs: apt-get install -y podman buildah debootstrap; PostgreSQL at DATABASE_URL (default
# postgresql://postgres@127.0.0.1:5432/postgres; a database of its own is made and dropped).
set -euo pipefail
cd "$(dirname "$0")/../.."

base=docker.io/library/node:20-bookworm-slim
image=localhost/groupfinder-api-check
server=${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
port=${CHECK_PORT:-4990}
work=$(mktemp -d)
database="groupfinder_container_$(date +%s)_$$"
container=""

for tool in podman buildah; do
  command -v "$tool" >/dev/null || { echo "check:container needs $tool: apt-get install -y podman buildah debootstrap" >&2; exit 1; }
done

cleanup() {
  local status=$?
  if [ -n "${runner:-}" ]; then kill "$runner" 2>/dev/null || true; wait "$runner" 2>/dev/null || true; fi
  if [ -n "$container" ]; then buildah rm "$container" >/dev/null 2>&1 || true; fi
  psql "$server" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

if ! podman image exists "$base"; then
  echo "== $base is not here: making a stand-in (Debian bookworm, Node $(node --version), npm $(npm --version))"
  command -v debootstrap >/dev/null || { echo "needs debootstrap: apt-get install -y debootstrap" >&2; exit 1; }
  root="$work/rootfs"
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$work/debootstrap.log"
  node_bin=$(node -p process.execPath)
  npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  headers=$(dirname "$node_bin")/../include/node
  mkdir -p "$root/usr/local/bin" "$root/usr/local/lib/node_modules" "$root/usr/local/include"
  cp "$node_bin" "$root/usr/local/bin/node"
  cp -a "$npm_dir" "$root/usr/local/lib/node_modules/npm"
  cp -a "$headers" "$root/usr/local/include/node"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  chroot "$root" /bin/sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
  rm -rf "$root"/var/cache/apt/archives/*.deb
  tar -C "$root" -c --numeric-owner -f "$work/rootfs.tar" .
  podman import --change 'CMD ["node"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' "$work/rootfs.tar" "$base" >/dev/null
  rm -rf "$root" "$work/rootfs.tar"
fi

echo "== podman build (the Dockerfile's api target)"
printf 'nodedir=/usr/local\n' >"$work/npmrc"
mounts=(-v "$work/npmrc:/usr/local/etc/npmrc:ro")
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
  printf 'cafile=/etc/ssl/certs/check-ca.crt\n' >>"$work/npmrc"
  mounts+=(-v "$NODE_EXTRA_CA_CERTS:/etc/ssl/certs/check-ca.crt:ro")
fi
# Only what git tracks, as a clean clone has it (.dockerignore leaves out the rest anyway).
mkdir "$work/context"
git ls-files -z | xargs -0 cp --parents -t "$work/context"
podman build --isolation chroot --network host "${mounts[@]}" -t "$image" "$work/context" >"$work/build.log" 2>&1 || {
  tail -n 40 "$work/build.log" >&2
  exit 1
}
echo "   built $image"

echo "== podman build --target static (the widget's script and the dashboard as files)"
podman build --isolation chroot --network host "${mounts[@]}" --target static --build-arg API_URL=https://api.check.test/graphql \
  --output "type=local,dest=$work/static" "$work/context" >"$work/static.log" 2>&1 || {
  tail -n 40 "$work/static.log" >&2
  exit 1
}
[ -s "$work/static/widget/groupfinder-widget.js" ] && [ -s "$work/static/dashboard/index.html" ] || { echo "the static target lacks the widget's script or the dashboard" >&2; exit 1; }
grep -rqs 'frame-src https://api.check.test' "$work/static/dashboard/index.html" || { echo "the dashboard was not built for API_URL (its Content Security Policy frames that API)" >&2; exit 1; }
echo "   static/widget/groupfinder-widget.js and static/dashboard/, built for API_URL"

echo "== the image on a fresh database ($database), port $port"
psql "$server" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $database"
key() { node -e "console.log(require('node:crypto').randomBytes(32).toString('base64'))"; }
container=$(buildah from "$image")
buildah config \
  --env "DATABASE_URL=${server%/*}/$database" \
  --env "DATA_KEYS=check:$(key)" --env "BLIND_INDEX_KEY=$(key)" \
  --env SMTP_URL=smtp://127.0.0.1:1 --env DASHBOARD_URL=http://localhost:4200 \
  --env "API_PORT=$port" --env HOST=127.0.0.1 --env DEMO_DATA=true "$container"
# The image's own command, as its user (USER) in its working directory.
read -r -a command <<<"$(podman image inspect -f '{{range .Config.Cmd}}{{.}} {{end}}' "$image")"
buildah run --isolation chroot --network host "$container" -- "${command[@]}" >"$work/run.log" 2>&1 &
runner=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/ready" >/dev/null || { tail -n 20 "$work/run.log" >&2; echo "not ready within 60 s" >&2; exit 1; }
found=$(curl -fs "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ groups(filter: { text: \"SMART Recovery\" }) { totalCount } }"}' | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).data.groups.totalCount))')
pid=$(ss -Hltnp "( sport = :$port )" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
user=$(ps -o uid= -p "$pid" | tr -d ' ')
echo "   /ready 200; a search for \"SMART Recovery\" found $found groups; the API runs as uid $user"
[ "$found" -gt 0 ] || { echo "the search found nothing" >&2; exit 1; }
[ "$user" != 0 ] || { echo "the API runs as root" >&2; exit 1; }
if grep -q '"level":"error"' "$work/run.log"; then
  grep '"level":"error"' "$work/run.log" >&2
  exit 1
fi
echo "The Dockerfile builds, and its image serves."
