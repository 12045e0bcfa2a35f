#!/usr/bin/env bash
# Times cold runs of the command-line tool against a hello-world start of the same JVM.
#
#   benchmarks/cold-start.sh [RUNS]                     the tool's commands (default 20 runs each)
#   benchmarks/cold-start.sh --flags [COMMAND] [RUNS]   generate (or validate) under each of the JVM
#                                                       options the launcher combines, and others
#
# Every run is a new JVM, timed as a whole process by the shell (wall clock, from bash's
# EPOCHREALTIME, so no extra process is timed) under /usr/bin/time, which reports the peak
# resident set size. The commands take turns (one round runs each command once), so that a change
# in the machine's load touches them all alike, and one round before the measured ones warms the
# file cache. Medians are printed with the ratio to hello world. The script fails if a command
# exits with another code than expected, prints something else than in its first run, or (for the
# launcher) something else than java -jar prints. Needs bash 5 or later.
#
# Java: $JAVA_HOME/bin/java if JAVA_HOME is set, else java on the PATH; the launcher picks the same.
# Builds the jar (and its class-data archive) with Maven if it is missing.
# See docs/performance.md for the figures and how to read them.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=commands
studied=generate
if [ "${1-}" = "--flags" ]; then
    mode=flags
    shift
    case ${1-} in
        generate | validate) studied=$1; shift ;;
    esac
fi
runs=${1:-20}
if ! [ "$runs" -ge 1 ] 2> /dev/null; then
    echo "usage: $0 [RUNS] | $0 --flags [generate|validate] [RUNS]" >&2
    exit 2
fi

root=$PWD
jar=$root/ami-governance-examples/target/ami-governance.jar
archive=$root/ami-governance-examples/target/ami-governance.jsa
launcher=$root/ami-governance-examples/bin/ami-governance
config=$root/ami-governance-examples/config/ami_publishers.json
request=$root/ami-governance-examples/requests/migration-pending.json
if [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
else
    java=$(command -v java)
fi
if [ ! -f "$jar" ]; then
    mvn -B -q package -DskipTests
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
EOF
"$(dirname "$java")/javac" -d "$work/hello" "$work/hello/Hello.java"
day=2026-12-03
"$java" -jar "$jar" generate --config "$config" --mode audit_mode --out "$work/dist" --as-of $day > /dev/null

names=()
commands=()
exits=()
add() { names+=("$1"); exits+=("$2"); commands+=("$3"); }

add hello 0 "\"$java\" -cp \"$work/hello\" Hello"
generate="generate --config \"$config\" --mode audit_mode --out \"$work/out\" --as-of $day"
if [ "$mode" = commands ]; then
    add "java -jar generate" 0 "\"$java\" -jar \"$jar\" $generate"
    add "launcher generate" 0 "\"$launcher\" $generate"
    validate="validate --config \"$config\" --dist \"$work/dist\" --as-of $day"
    add "java -jar validate" 1 "\"$java\" -jar \"$jar\" $validate"
    add "launcher validate" 1 "\"$launcher\" $validate"
    evaluate="evaluate --request \"$request\" --config \"$config\" --as-of $day"
    add "java -jar evaluate" 0 "\"$java\" -jar \"$jar\" $evaluate"
    add "launcher evaluate" 0 "\"$launcher\" $evaluate"
else
    # The launcher runs "-cp jar Main" with the archive and C1; these take its options one at a time.
    if [ "$studied" = validate ]; then
        args="validate --config \"$config\" --dist \"$work/dist\" --as-of $day"
        code=1
    else
        args=$generate
        code=0
    fi
    main="-cp \"$jar\" io.github.amigovernance.cli.Main $args"
    quick="-XX:TieredStopAtLevel=1"
    serial="-XX:+UseSerialGC"
    shared="-XX:SharedArchiveFile=$archive"
    add "java -jar" $code "\"$java\" -jar \"$jar\" $args"
    add "-cp" $code "\"$java\" $main"
    add "-cp, C1" $code "\"$java\" $quick $main"
    add "-cp, C1, serial GC" $code "\"$java\" $quick $serial $main"
    if [ -f "$archive" ]; then
        add "archive" $code "\"$java\" $shared $main"
        add "archive, serial GC" $code "\"$java\" $shared $serial $main"
        add "archive, C1 (launcher)" $code "\"$java\" $shared $quick $main"
        add "archive, C1, serial GC" $code "\"$java\" $shared $quick $serial $main"
        add "archive, C1, -UsePerfData" $code "\"$java\" $shared $quick -XX:-UsePerfData $main"
        add "archive, C1, serial GC, -UsePerfData" $code \
            "\"$java\" $shared $quick $serial -XX:-UsePerfData $main"
    else
        echo "note: no class-data archive at $archive; the archive variants are left out" >&2
    fi
fi

# Expected output of each command, to compare every run with.
for i in "${!commands[@]}"; do
    rc=0
    eval "${commands[$i]}" > "$work/expected.$i" 2> /dev/null || rc=$?
    if [ "$rc" != "${exits[$i]}" ]; then
        echo "${names[$i]} exited with $rc, expected ${exits[$i]}" >&2
        exit 1
    fi
done
if [ "$mode" = commands ]; then
    for pair in "1 2" "3 4" "5 6"; do
        read -r a b <<< "$pair"
        if ! cmp -s "$work/expected.$a" "$work/expected.$b"; then
            echo "${names[$b]} printed something else than ${names[$a]}:" >&2
            diff "$work/expected.$a" "$work/expected.$b" >&2 || true
            exit 1
        fi
    done
fi

echo "java:      $("$java" -version 2>&1 | head -n 2 | tail -n 1) ($java)"
echo "machine:   $(nproc) processors, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)," \
    "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs:      $runs of each, in turns, after one unmeasured round"
if [ -f "$archive" ] && AMI_GOVERNANCE_JAVA_OPTS=-Xshare:on "$launcher" --version > /dev/null 2>&1; then
    echo "archive:   $archive ($(du -m "$archive" | cut -f1) MB), used by the launcher"
else
    echo "archive:   none usable; the launcher runs without one"
fi

for round in $(seq 0 "$runs"); do
    for i in "${!commands[@]}"; do
        rc=0
        start=$EPOCHREALTIME
        eval "/usr/bin/time -f %M -o \"$work/rss\" ${commands[$i]}" > "$work/out.txt" 2> /dev/null || rc=$?
        end=$EPOCHREALTIME
        if [ "$rc" != "${exits[$i]}" ]; then
            echo "${names[$i]} exited with $rc, expected ${exits[$i]}" >&2
            exit 1
        fi
        if ! cmp -s "$work/out.txt" "$work/expected.$i"; then
            echo "${names[$i]} printed something else in round $round:" >&2
            diff "$work/expected.$i" "$work/out.txt" >&2 || true
            exit 1
        fi
        if [ "$round" -gt 0 ]; then
            echo "$(( (${end/./} - ${start/./}) / 1000 )) $(tail -n 1 "$work/rss")" >> "$work/times.$i"
        fi
    done
done

echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
hello=$(cut -d' ' -f1 "$work/times.0" | median)
printf "%-38s %9s %9s %9s %11s %12s\n" "command" "median ms" "min ms" "max ms" "x hello" "peak RSS MB"
for i in "${!commands[@]}"; do
    med=$(cut -d' ' -f1 "$work/times.$i" | median)
    min=$(cut -d' ' -f1 "$work/times.$i" | sort -n | head -n 1)
    max=$(cut -d' ' -f1 "$work/times.$i" | sort -n | tail -n 1)
    rss=$(cut -d' ' -f2 "$work/times.$i" | sort -n | tail -n 1)
    printf "%-38s %9s %9s %9s %11.2f %12.0f\n" "${names[$i]}" "$med" "$min" "$max" \
        "$(awk -v m="$med" -v h="$hello" 'BEGIN { print m / h }')" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
    echo "$med" > "$work/median.$i"
done
if [ "$mode" = commands ]; then
    g=$(cat "$work/median.2")
    v=$(cat "$work/median.4")
    echo
    awk -v g="$g" -v v="$v" -v h="$hello" 'BEGIN {
        printf "launcher generate / hello world:     %.2f (target: at most 3)\n", g / h
        printf "launcher validate / launcher generate: %.2f (target: at most 2)\n", v / g }'
fi
