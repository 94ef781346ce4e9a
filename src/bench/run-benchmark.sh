#!/usr/bin/env bash
# The server-side benchmark in one command: builds the WAR if needed, starts it on Payara Micro against a dataset
# database with the production JVM flags, and measures what the README's Performance section reports:
#   - ready time: from the JVM's start to the first 200 on /login.xhtml (Flyway and the deployment included);
#   - idle RSS (VmRSS of /proc/PID/status) after start and after a warm-up;
#   - the Gatling journeys of the "bench" Maven profile (skipped when the profile is not there, or SKIP_GATLING=1);
#   - heap per signed-in user: N officers sign in and open 10 pages each, their sessions stay alive, and the used
#     heap after a full GC (jcmd GC.run, jstat) is compared with the same measure taken just before;
# then writes target/bench/results.md (machine, dataset row counts, each figure against its target) and stops the
# server.
#
# Usage (from anywhere; defaults in brackets):
#   src/bench/run-benchmark.sh
#   DB_URL=jdbc:mysql://127.0.0.1:3306/congdoan_prov DB_USER=bench DB_PASSWORD=bench src/bench/run-benchmark.sh
# Environment:
#   DB_URL [jdbc:mysql://127.0.0.1:3306/congdoan_bench]  DB_USER [bench]  DB_PASSWORD [bench]
#   PORT [18183]         HEAP_USERS [100]: users signed in for the heap measure   SKIP_GATLING [0]
#   SKIP_THROUGHPUT [0]: leave out Gatling's throughput run (each page at full speed, with the ratios)
#   WARM_USERS [20]: officers who each open their ten pages twice as the warm-up
#   BENCH_USERS [200]    BENCH_DURATION [300]: Gatling's virtual users and seconds  USERS_CSV [target/bench/users.csv]
#   ACCOUNTS: officers' user names to sign in with, instead of the dataset's (e.g. "canbo.coso canbo.coso2")
#   JVM_OPTS, PAYARA_OPTS: replace the production JVM flags and Payara Micro options below (e.g. to compare)
#   MVN [mvn -B]: the Maven command (add -o to build offline)            OUT [target/bench]: where results go
# Needs: java (17+), curl, jcmd and jstat (a JDK), the mysql/mariadb client for row counts and test accounts.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)

DB_URL=${DB_URL:-jdbc:mysql://127.0.0.1:3306/congdoan_bench}
DB_USER=${DB_USER:-bench}
DB_PASSWORD=${DB_PASSWORD:-bench}
PORT=${PORT:-18183}
HEAP_USERS=${HEAP_USERS:-100}
WARM_USERS=${WARM_USERS:-20}
SKIP_GATLING=${SKIP_GATLING:-0}
SKIP_THROUGHPUT=${SKIP_THROUGHPUT:-0}
BENCH_USERS=${BENCH_USERS:-200}
BENCH_DURATION=${BENCH_DURATION:-300}
USERS_CSV=${USERS_CSV:-target/bench/users.csv}
MVN=${MVN:-mvn -B}
OUT=${OUT:-target/bench}
PASSWORD='Demo@2026'

# The production flags (deployment/README.md, "Memory and start-up", says why each is there).
PRODUCTION_JVM_OPTS="-Xms256m -Xmx512m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m
 -Xss512k -XX:+ExitOnOutOfMemoryError"
JVM_OPTS=${JVM_OPTS-$PRODUCTION_JVM_OPTS}
# HTTP worker threads: on 2 cores a few dozen keep the CPUs busy while others wait on the database; more only add
# stacks and contention (Payara Micro's default is 200).
PRODUCTION_PAYARA_OPTS="--minhttpthreads 8 --maxhttpthreads 32"
PAYARA_OPTS=${PAYARA_OPTS-$PRODUCTION_PAYARA_OPTS}
BASE="http://127.0.0.1:$PORT"

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
LOG="$OUT/server.log"
RESULTS="$OUT/results.md"
SERVER_PID=

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
# CPU seconds the process has used (user + system): on a machine shared with other work, wall times stretch, but
# this does not; on 2 idle cores a start-up takes between half of it and all of it.
cpu_s() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$1/stat"; }

stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        log "stopping the server (pid $SERVER_PID)"
        kill "$SERVER_PID"
        for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
}
trap stop_server EXIT

# --- the database: host, port and name from the JDBC URL, for the mysql client --------------------------------------
db_host=; db_port=3306; db_name=
if [[ "$DB_URL" =~ ^jdbc:(mysql|mariadb)://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
    db_host=${BASH_REMATCH[2]}; db_port=${BASH_REMATCH[4]:-3306}; db_name=${BASH_REMATCH[5]}
fi
MYSQL_CLIENT=$(command -v mariadb || command -v mysql || true)
sql() {
    MYSQL_PWD="$DB_PASSWORD" "$MYSQL_CLIENT" -h "$db_host" -P "$db_port" -u "$DB_USER" -N -B "$db_name" -e "$1"
}
can_query() { [[ -n "$db_name" && -n "$MYSQL_CLIENT" ]]; }

# --- build, when the WAR is missing or older than a source --------------------------------------------------------
if [[ ! -f target/intranet.war || ! -f target/payara-micro.jar ]] \
        || [[ -n "$(find pom.xml src/main webapp -newer target/intranet.war -print -quit)" ]]; then
    log "building target/intranet.war"
    $MVN package -DskipTests -DskipITs > "$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; exit 1; }
fi

# --- dataset ------------------------------------------------------------------------------------------------------
dataset_rows="(row counts need the mysql client and a jdbc:mysql URL)"
if can_query; then
    dataset_rows=""
    for table in org_unit union_member user_account activity_report news_article welfare_case award; do
        count=$(sql "SELECT COUNT(*) FROM $table" 2>/dev/null || echo "-")
        dataset_rows+="$table $count; "
    done
fi

# --- start and wait for the first page ---------------------------------------------------------------------------
case "$DB_URL" in
    jdbc:mysql:*|jdbc:mariadb:*) datasource=com.mysql.cj.jdbc.MysqlDataSource ;;
    *) datasource=org.h2.jdbcx.JdbcDataSource ;;
esac
if curl -s -o /dev/null "$BASE/"; then
    echo "Port $PORT is in use: stop what runs there or set PORT." >&2; exit 1
fi
rm -rf "$OUT/payara-root"
log "starting Payara Micro on port $PORT against $DB_URL"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ready_cpu=
started=$(now_ms)
# shellcheck disable=SC2086 # the option lists are meant to split into words
DB_DATASOURCE=$datasource DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" DEMO_DATA=false \
    java -Duser.timezone=Asia/Ho_Chi_Minh $JVM_OPTS -jar target/payara-micro.jar --nohazelcast --disablephonehome --port "$PORT" --contextroot / \
    --rootdir "$OUT/payara-root" $PAYARA_OPTS --deploy target/intranet.war > "$LOG" 2>&1 &
SERVER_PID=$!
ready_ms=
while kill -0 "$SERVER_PID" 2>/dev/null; do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml" || true)" == 200 ]]; then
        ready_ms=$(( $(now_ms) - started )); ready_cpu=$(cpu_s "$SERVER_PID"); break
    fi
    if (( $(now_ms) - started > 900000 )); then break; fi
    sleep 0.1
done
if [[ -z "$ready_ms" ]]; then
    echo "The server did not answer within 900 s; its log:" >&2; tail -40 "$LOG" >&2; exit 1
fi
log "ready in $ready_ms ms ($ready_cpu CPU seconds)"
sleep 10
rss_start=$(rss_mb "$SERVER_PID")
log "RSS after start: $rss_start MB"

# --- signed-in users, with curl: sign in through the Faces form and open pages ------------------------------------
view_state() { sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1; }

# sign_in JAR USERNAME: a new session in the cookie jar; fails when the sign-in page comes back.
sign_in() {
    local jar=$1 user=$2 state
    rm -f "$jar"
    state=$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml" | view_state)
    curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{redirect_url}' \
        --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$user" \
        --data-urlencode "loginForm:password=$PASSWORD" --data-urlencode "loginForm:loginButton=" \
        --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml" | grep -qv 'login.xhtml'
}

# ten_pages JAR: the pages a grassroots officer opens on a Monday morning (the member list is their own union's).
ten_pages() {
    local jar=$1 page
    for page in index.xhtml news/index.xhtml units/members.xhtml reports/index.xhtml news/search.xhtml \
            welfare/index.xhtml units/tree.xhtml emulation/mine.xhtml me/profile.xhtml units/members.xhtml; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$BASE/$page")
        [[ "$code" == 200 ]] || log "  $page answered $code"
    done
}

# The grassroots officers of the dataset; ACCOUNTS="canbo.coso canbo.coso2" (e.g. on the demo data) names them instead,
# each then signing in several times (every sign-in is a new session).
officers=()
if [[ -n "${ACCOUNTS:-}" ]]; then
    read -r -a accounts <<< "$ACCOUNTS"
    for ((i = 0; i < HEAP_USERS + WARM_USERS; i++)); do officers+=("${accounts[$((i % ${#accounts[@]}))]}"); done
elif can_query; then
    mapfile -t officers < <(sql "SELECT username FROM user_account WHERE role = 'GRASSROOTS_OFFICER' AND active
        ORDER BY id LIMIT $((HEAP_USERS + WARM_USERS))")
fi

# sessions FROM COUNT: officers FROM..FROM+COUNT-1 each sign in and open ten pages; echoes how many signed in.
sessions() {
    local from=$1 count=$2 ok=0 i user
    mkdir -p "$OUT/cookies"
    for ((i = from; i < from + count && i < ${#officers[@]}; i++)); do
        user=${officers[$i]}
        if sign_in "$OUT/cookies/$i" "$user"; then
            ten_pages "$OUT/cookies/$i"; ok=$((ok + 1))
        else
            log "  $user could not sign in"
        fi
    done
    echo "$ok"
}

# Used heap in KB after two full collections: survivors + eden + old generation (jstat -gc), whatever the collector.
used_heap_kb() {
    jcmd "$SERVER_PID" GC.run > /dev/null; sleep 1; jcmd "$SERVER_PID" GC.run > /dev/null; sleep 1
    jstat -gc "$SERVER_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
        NR == 2 { printf "%d", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"] }'
}

warm_users=0
if (( ${#officers[@]} > 0 )); then
    # Warm-up: officers other than those of the heap measure open their pages twice; the JIT and the caches warm up.
    log "warm-up: $WARM_USERS officers x 10 pages, twice"
    warm_users=$(sessions "$HEAP_USERS" "$WARM_USERS")
    sessions "$HEAP_USERS" "$WARM_USERS" > /dev/null
else
    log "no officer accounts found (needs a generated dataset and the mysql client): warm-up on the sign-in page"
    for _ in $(seq 1 200); do curl -s -o /dev/null "$BASE/login.xhtml"; done
fi
sleep 10
rss_warm=$(rss_mb "$SERVER_PID")
log "RSS after warm-up: $rss_warm MB"

# --- Gatling ------------------------------------------------------------------------------------------------------
gatling="skipped"
if [[ "$SKIP_GATLING" != 1 ]] && grep -q '<id>bench</id>' pom.xml; then
    log "Gatling: $BENCH_USERS users for $BENCH_DURATION s (log in $OUT/gatling.log)"
    if $MVN -Pbench gatling:test -Dbench.baseUrl="$BASE" -Dbench.users="$BENCH_USERS" \
            -Dbench.duration="$BENCH_DURATION" -Dbench.usersCsv="$USERS_CSV" > "$OUT/gatling.log" 2>&1; then
        gatling="passed; report under target/gatling/ (see $OUT/gatling.log)"
    else
        gatling="FAILED (exit status $?; see $OUT/gatling.log)"
    fi
    log "Gatling: $gatling"
elif [[ "$SKIP_GATLING" != 1 ]]; then
    gatling="skipped: no Maven profile 'bench' in pom.xml"
fi
rss_after_load=$(rss_mb "$SERVER_PID")
throughput="skipped"
if [[ "$SKIP_GATLING" != 1 && "$SKIP_THROUGHPUT" != 1 ]] && grep -q '<id>bench</id>' pom.xml; then
    log "Gatling throughput: each page at full speed, against the page without database (log in $OUT/throughput.log)"
    if $MVN -Pbench gatling:test -Dgatling.simulationClass=vn.congdoan.intranet.bench.ThroughputSimulation \
            -Dbench.baseUrl="$BASE" -Dbench.usersCsv="$USERS_CSV" > "$OUT/throughput.log" 2>&1; then
        throughput="done; python3 src/bench/summary.py --phase 30 gives requests/s per page and the ratios"
    else
        throughput="FAILED assertions or run (exit status $?; see $OUT/throughput.log)"
    fi
    log "Gatling throughput: $throughput"
fi

# --- heap per signed-in user -------------------------------------------------------------------------------------
heap_cold="-"; heap_warm="-"; heap_users=0
if (( ${#officers[@]} >= HEAP_USERS )); then
    # First the N officers sign in and open their pages: the delta includes what their pages add to the shared
    # caches (EclipseLink's entity cache, Facelets). Then the same officers sign in again in new sessions (the
    # first ones stay alive): that delta is the sessions' own weight.
    base=$(used_heap_kb)
    log "heap per user: $HEAP_USERS officers sign in and open 10 pages (baseline $base KB used)"
    heap_users=$(sessions 0 "$HEAP_USERS")
    cold=$(used_heap_kb)
    sessions 0 "$HEAP_USERS" > /dev/null
    warm=$(used_heap_kb)
    if (( heap_users > 0 )); then
        heap_cold=$(( (cold - base) / heap_users ))
        heap_warm=$(( (warm - cold) / heap_users ))
    fi
    log "heap per user: $heap_warm KB per session ($heap_cold KB with the first visit's cache growth)"
fi
rss_end=$(rss_mb "$SERVER_PID")

# --- results ------------------------------------------------------------------------------------------------------
verdict() { # value target (lower is better)
    [[ "$1" =~ ^[0-9]+$ ]] || { echo "not measured"; return; }
    if (( $1 <= $2 )); then echo "meets"; else echo "MISSES by $(( $1 - $2 ))"; fi
}
ready_s=$(awk -v ms="$ready_ms" 'BEGIN { printf "%.1f", ms / 1000 }')
flyway_line=$(grep -o 'Database schema at version [^ ]* after Flyway migration' "$LOG" | head -1 || true)
cat > "$RESULTS" <<EOF
# Server benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')

- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),
  $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(java -version 2>&1 | head -1);
  load average before the start $load_before, at the end $(cut -d' ' -f1-3 /proc/loadavg) (other processes share
  the cores: compare runs at a similar load)
- Dataset: $DB_URL; rows: $dataset_rows
- Commit: $(git rev-parse --short HEAD 2>/dev/null || echo "?")$(git diff --quiet 2>/dev/null || echo " (with local changes)")
- JVM: $JVM_OPTS
- Payara Micro: --nohazelcast --disablephonehome --port $PORT --contextroot / $PAYARA_OPTS
- ${flyway_line:-Flyway: see server.log}

| figure | measured | target | |
|---|---|---|---|
| ready (JVM start to first 200 on /login.xhtml) | ${ready_s} s | ≤ 10 s | $(verdict "$ready_ms" 10000) |
| CPU time used until ready (user + system) | ${ready_cpu} s | | |
| RSS after start, idle | $rss_start MB | ≤ 600 MB | $(verdict "$rss_start" 600) |
| RSS after warm-up ($warm_users officers × 10 pages × 2), idle | $rss_warm MB | ≤ 600 MB | $(verdict "$rss_warm" 600) |
| RSS after Gatling | $rss_after_load MB | | |
| RSS at the end (all sessions alive) | $rss_end MB | | |
| heap per signed-in user after 10 pages ($heap_users sessions) | $heap_warm KB | ≤ 60 KB | $(verdict "$heap_warm" 60) |
| same, first visit (includes shared-cache growth) | $heap_cold KB | | |

Gatling: $gatling

Throughput: $throughput
EOF
cat "$RESULTS"
