#!/usr/bin/env bash
# The Kafka listener's own capacity, measured with librdkafka's C client (kcat) instead of Confluent.Kafka's .NET
# wrapper: workload a's shape (1,000,000 x 100 B, one producer, then one consumer from the start, one partition) with
# the bench's Confluent settings (acks=all, idempotence, linger.ms=5, batch.size=1 MiB). Each run produces to a new
# topic, then reads it back and checks the records arrived exactly once and in order (byte-for-byte the file sent).
# Usage: dotnet build -c Release bench/OrleansBroker.Bench && bench/listener-kcat.sh [runs]
set -euo pipefail

runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
silo_dll="$root/src/OrleansBroker.Silo/bin/Release/net10.0/OrleansBroker.Silo.dll"
[[ -f "$silo_dll" ]] || { echo "Build first: dotnet build -c Release bench/OrleansBroker.Bench" >&2; exit 2; }
command -v kcat >/dev/null || { apt-get update -qq && apt-get install -y -qq kcat >/dev/null; }

work=$(mktemp -d /tmp/obk-listener-kcat.XXXXXX)
silo_pid=
cleanup() {
    [[ -n "$silo_pid" ]] && kill "$silo_pid" 2>/dev/null && wait "$silo_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
kafka_port=$(free_port)
# 1,000,000 lines of 99 characters plus the newline kcat splits on: each record a 99-byte value, numbered.
python3 -c 'import sys; sys.stdout.writelines(("%010d" % i * 10)[:99] + "\n" for i in range(1_000_000))' > "$work/records.txt"

(cd "$(dirname "$silo_dll")" && exec dotnet "$silo_dll" --Broker:DataDirectory="$work/data" \
    --Orleans:Endpoints:SiloPort="$(free_port)" --Orleans:Endpoints:GatewayPort="$(free_port)" \
    --Broker:Kafka:Host=127.0.0.1 --Broker:Kafka:Port="$kafka_port" --urls "http://127.0.0.1:$(free_port)" \
    --Logging:LogLevel:Default=Warning) > "$work/silo.log" 2>&1 &
silo_pid=$!
until (exec 3<>"/dev/tcp/127.0.0.1/$kafka_port") 2>/dev/null; do sleep 0.05; done

broker=(-b "127.0.0.1:$kafka_port")
rate() { python3 -c "print(round(1_000_000 / ($2 - $1)))"; }
echo "load $(cut -d' ' -f1-3 /proc/loadavg); kcat $(kcat -V 2>&1 | sed -n 's/^Version \([^ ]*\) .*librdkafka \([^ ]*\) .*/\1, librdkafka \2/p')"
echo "run  produce rec/s  consume rec/s"
for run in $(seq "$runs"); do
    topic="kcat-$run"
    kcat "${broker[@]}" -L -t "$topic" >/dev/null  # auto-creates the topic, outside the clock
    start=$(date +%s.%N)
    kcat -P "${broker[@]}" -t "$topic" -p 0 -X acks=all -X enable.idempotence=true -X linger.ms=5 -X batch.size=1048576 \
        -l "$work/records.txt"
    produced=$(date +%s.%N)
    kcat -C "${broker[@]}" -t "$topic" -p 0 -o beginning -e -q > "$work/read.txt"
    consumed=$(date +%s.%N)
    cmp -s "$work/records.txt" "$work/read.txt" || { echo "run $run: records read back differ from those sent" >&2; exit 1; }
    printf '%3d  %13s  %13s\n' "$run" "$(rate "$start" "$produced")" "$(rate "$produced" "$consumed")"
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg); every record read back once, in order"
