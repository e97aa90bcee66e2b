#!/usr/bin/env bash
# Builds a service's container image with Quarkus's Jib extension and runs it, on a machine with no Docker daemon
# and no access to Docker Hub or Red Hat's registry (the project's build machines). Needs root and Debian's
# packages docker-registry, skopeo, umoci and debootstrap (installed here when missing).
#   1. a local registry (Debian's docker-registry, Distribution 2.8) on 127.0.0.1:5000;
#   2. a base image made from Debian bookworm + openjdk-17-jre-headless (debootstrap, packed by umoci, pushed by
#      skopeo), with user 185 as the manifests require;
#   3. ./mvnw package with quarkus.container-image.build/push: Jib pulls that base and pushes the service's image;
#   4. the image pulled back (skopeo), unpacked (umoci) and its entrypoint started in a chroot as user 185,
#      with only PostgreSQL behind it; the check is that liveness answers UP and the API asks for a token.
# Usage: deploy/images/try-without-docker.sh [service-module]   (default screening-service)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SERVICE="${1:-screening-service}"
WORK="${SETU_IMAGE_WORK:-/tmp/setu-images}"
REGISTRY=127.0.0.1:5000
BASE="$REGISTRY/setu-base/debian-jre17:bookworm"
mkdir -p "$WORK"; cd "$WORK"

for tool in docker-registry skopeo umoci debootstrap; do
  command -v "$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker-registry skopeo umoci debootstrap
done

echo "== 1. local registry on $REGISTRY"
cat > registry.yml <<YML
version: 0.1
storage: {filesystem: {rootdirectory: $WORK/registry-data}}
http: {addr: $REGISTRY}
YML
if ! curl -sf "http://$REGISTRY/v2/" >/dev/null; then
  docker-registry serve registry.yml > registry.log 2>&1 &
  echo $! > registry.pid
  for _ in $(seq 20); do curl -sf "http://$REGISTRY/v2/" >/dev/null && break; sleep 0.5; done
fi

echo "== 2. base image $BASE"
if ! skopeo inspect --tls-verify=false "docker://$BASE" >/dev/null 2>&1; then
  [ -x rootfs/usr/bin/java ] || debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm rootfs http://deb.debian.org/debian
  rm -rf rootfs/var/cache/apt/archives/*.deb rootfs/var/lib/apt/lists/* rootfs/usr/share/doc/* rootfs/usr/share/man/*
  chroot rootfs id 185 >/dev/null 2>&1 || chroot rootfs useradd -u 185 -r -g 0 -m -d /home/jboss jboss
  rm -rf base-oci base-bundle
  umoci init --layout base-oci && umoci new --image base-oci:jre17
  umoci unpack --image base-oci:jre17 base-bundle >/dev/null
  cp -a rootfs/. base-bundle/rootfs/
  umoci repack --image base-oci:jre17 base-bundle
  umoci config --image base-oci:jre17 --config.env JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 --config.user 185
  skopeo copy --dest-tls-verify=false oci:base-oci:jre17 "docker://$BASE"
fi

echo "== 3. Jib build of $SERVICE (no daemon)"
(cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests -pl "$SERVICE" -am \
  -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry=$REGISTRY -Dquarkus.container-image.group=setu \
  -Dquarkus.container-image.tag=local -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="$BASE")
IMAGE="$REGISTRY/setu/$SERVICE:local"
skopeo inspect --tls-verify=false "docker://$IMAGE" | grep -E '"(Digest|Created)"'

echo "== 4. run $IMAGE in a chroot as user 185"
rm -rf pulled run-bundle
skopeo copy --src-tls-verify=false "docker://$IMAGE" oci:pulled:image >/dev/null
umoci unpack --image pulled:image run-bundle >/dev/null
DB=setu_image_check
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
mount -t proc proc run-bundle/rootfs/proc
cleanup() {
  [ -f app.pid ] && kill "$(cat app.pid)" 2>/dev/null || true
  sleep 1; umount run-bundle/rootfs/proc 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" || true
  [ -f registry.pid ] && kill "$(cat registry.pid)" 2>/dev/null && rm -f registry.pid || true
}
trap cleanup EXIT
key() { head -c 32 /dev/urandom | base64; }
# the image's own entrypoint (java -jar quarkus-run.jar in /home/jboss), with a modest heap
chroot --userspec=185:0 run-bundle/rootfs /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/jboss \
  JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 JAVA_TOOL_OPTIONS=-Xmx256m QUARKUS_HTTP_PORT=18080 \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:1/realms/setu \
  SETU_SCREENING_MASTER_KEY="$(key)" SETU_SCREENING_BLIND_INDEX_KEY="$(key)" \
  sh -c 'cd /home/jboss && exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar quarkus-run.jar' \
  > app.log 2>&1 &
echo $! > app.pid
for _ in $(seq 120); do curl -sf http://127.0.0.1:18080/q/health/live >/dev/null && break; sleep 1; done
live=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18080/q/health/live)
api=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18080/api/v1/instruments)
grep -m1 'started in' app.log || true
echo "liveness: $live (want 200), API without a token: $api (want 401)"
[ "$live" = 200 ] && [ "$api" = 401 ]
