#!/usr/bin/env bash
# A shell recipe: start mock-ndes on free ports, wait for its ready file, enrol with micromdm's
# scepclient, switch to a fault scenario through the admin API, see the enrolment fail the way a
# stopped SCEP application pool makes it fail, and stop the server.
#
# Needs: java 17+, jq, curl, scepclient (Debian: apt-get install -y jq curl scep).
# MOCK_NDES_JAR points at the server jar (default: server/target/mock-ndes.jar, built by
# `mvn -B package -Dmaven.test.skip=true`). The build runs this script (RecipesTest).
set -euo pipefail

jar=${MOCK_NDES_JAR:-server/target/mock-ndes.jar}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

# 1. Start on free ports; the ready file appears once both listeners accept connections.
java -jar "$jar" serve --port 0 --admin-port 0 --challenge s3cret \
     --log-dir "$work/logs" --ready-file "$work/ready.json" > "$work/server.out" 2>&1 &
server=$!
for _ in $(seq 600); do                      # at most 60 s
  [ -f "$work/ready.json" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.out"; exit 1; }
  sleep 0.1
done
[ -f "$work/ready.json" ] || { echo "mock-ndes did not get ready within 60 s" >&2; exit 1; }
scep=$(jq -r .scepUrl "$work/ready.json")
admin=$(jq -r .adminUrl "$work/ready.json")
echo "mock-ndes ready: $scep (admin $admin)"

# 2. Enrol: the healthy default issues a certificate.
scepclient -server-url "$scep" -challenge s3cret -private-key "$work/key.pem" \
           -certificate "$work/cert.pem" -cn recipe-device
openssl x509 -in "$work/cert.pem" -noout -subject

# 3. Break it: the SCEP application pool stops, as on a real NDES.
curl -fsS -X PUT -H 'Content-Type: application/json' -d '{"name":"app-pool-stopped"}' "$admin/scenario" \
  | jq -r '"scenario now: " + .name'

# 4. The next enrolment fails: HTTP.sys answers 503 for the stopped pool and logs it in HTTPERR.
if scepclient -server-url "$scep" -challenge s3cret -private-key "$work/key2.pem" \
              -certificate "$work/cert2.pem" -cn recipe-device-2 > "$work/failed.out" 2>&1; then
  cat "$work/failed.out"; echo "the enrolment should have failed under app-pool-stopped" >&2; exit 1
fi
curl -fsS "$admin/logs/httperr?lines=5" | grep -q ' 503 ' || { echo "no 503 in the HTTPERR log" >&2; exit 1; }
echo "enrolment failed as expected: HTTP.sys answered 503 (HTTPERR log), IIS never saw it"

# 5. Stop: a clean stop removes the ready file.
kill "$server"
wait "$server" || true
[ ! -f "$work/ready.json" ] || { echo "the ready file outlived the server" >&2; exit 1; }
echo "stopped"
