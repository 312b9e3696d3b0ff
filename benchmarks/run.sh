#!/usr/bin/env bash
# run.sh: runs the benchmark suite and regenerates benchmarks/README.md.
#
#   benchmarks/run.sh            JMH over every workload and engine (one fork at a time), the
#                                -prof gc run of fib and props, the parsers alone (warm JMH and
#                                cold first parse in fresh JVMs), generator memory, start-up, README
#   benchmarks/run.sh --smoke    seconds per case on a few workloads: proves the harness works
#
# A full run is about 90 forked JVMs one after another: expect most of an hour on a quiet 2-core
# machine (slow cases such as Rhino interpreted on props, or Nashorn on regex, take seconds per
# operation). Run it when nothing else loads the machine, and say so in the commit.
#
# Options: --smoke, --no-build, --skip-gc, --skip-memory, --skip-startup, --skip-jmh and
# --skip-parse (each reuses the last results), --no-readme.
# Environment: JMH_OPTS (default "-f 1 -wi 3 -i 5"), WORKLOADS and ENGINES (comma lists, default
# all), GC_WORKLOADS (default fib,props), STARTUP_RUNS (default 10), MEMORY_COUNT (default
# 1000000), PARSE_PACKAGE (npm package for the parse benchmark, default lodash@4.17.21) and
# PARSE_FILE (its file inside the package, default lodash.js); for the parsers alone (issue 2):
# PARSER_JMH_OPTS (default "-f 1 -wi 5 -i 5 -w 2s -r 2s"), COLD_RUNS (fresh JVMs per file and
# parser, default 5) and PARSER_FILES (default acorn,lodash,three; see ParseCorpus.java).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
target="$here/target"

smoke=false build=true gc=true memory=true startup=true jmh=true parser=true readme=true
for a in "$@"; do
  case "$a" in
    --smoke) smoke=true ;;
    --no-build) build=false ;;
    --skip-gc) gc=false ;;
    --skip-memory) memory=false ;;
    --skip-startup) startup=false ;;
    --skip-jmh) jmh=false ;;
    --skip-parse) parser=false ;;
    --no-readme) readme=false ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $a" >&2; exit 2 ;;
  esac
done

if $smoke; then
  JMH_OPTS="${JMH_OPTS:--f 1 -wi 1 -i 1 -w 1s -r 1s}"
  WORKLOADS="${WORKLOADS:-fib,json,generators,await,sort}"
  STARTUP_RUNS="${STARTUP_RUNS:-3}"
  MEMORY_COUNT="${MEMORY_COUNT:-200000}"
  PARSER_JMH_OPTS="${PARSER_JMH_OPTS:--f 1 -wi 1 -i 1 -w 1s -r 1s}"
  COLD_RUNS="${COLD_RUNS:-3}"
fi
JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -i 5}"
WORKLOADS="${WORKLOADS:-}"
ENGINES="${ENGINES:-}"
GC_WORKLOADS="${GC_WORKLOADS:-fib,props}"
MEMORY_COUNT="${MEMORY_COUNT:-1000000}"
export STARTUP_RUNS="${STARTUP_RUNS:-10}"
PARSE_PACKAGE="${PARSE_PACKAGE:-lodash@4.17.21}"
PARSE_FILE="${PARSE_FILE:-lodash.js}"
PARSER_JMH_OPTS="${PARSER_JMH_OPTS:--f 1 -wi 5 -i 5 -w 2s -r 2s}"
COLD_RUNS="${COLD_RUNS:-5}"
PARSER_FILES="${PARSER_FILES:-}"

# A JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
java_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_version "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  for j in /usr/lib/jvm/*/bin/java; do
    v=$(java_version "$j" || echo 0)
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then JAVA_HOME="$(dirname "$(dirname "$j")")"; fi
  done
fi
export JAVA_HOME
java="$JAVA_HOME/bin/java"
export JAVA="$java"

# Build the whole reactor: with -pl benchmarks alone Maven would take oryx-engine from ~/.m2,
# which may hold some other checkout's engine.
if $build; then
  echo "run.sh: building (mvn -q -DskipTests package)" >&2
  (cd "$root" && mvn -q -DskipTests package)
else
  echo "run.sh: --no-build: benchmarks.jar must have been built from this checkout's reactor" >&2
fi
oryx_version="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$root" status --porcelain -- engine grammar 2>/dev/null)" ]; then
  oryx_version="$oryx_version with uncommitted engine changes"
fi
jar="$target/benchmarks.jar"
[ -f "$jar" ] || { echo "run.sh: $jar missing; build first" >&2; exit 2; }

# The parse benchmark's source: a real npm package, fetched at run time, never committed.
parse_source=""
npm_dir="$target/npm"
pkg_dir="$npm_dir/$(echo "$PARSE_PACKAGE" | tr '@/' '__')"
if [ -f "$pkg_dir/package/$PARSE_FILE" ]; then
  parse_source="$pkg_dir/package/$PARSE_FILE"
elif command -v npm >/dev/null 2>&1; then
  mkdir -p "$pkg_dir"
  if tgz=$(cd "$pkg_dir" && npm pack --silent "$PARSE_PACKAGE" 2>/dev/null | tail -n1) && [ -n "$tgz" ] \
     && tar -xzf "$pkg_dir/$tgz" -C "$pkg_dir" && [ -f "$pkg_dir/package/$PARSE_FILE" ]; then
    parse_source="$pkg_dir/package/$PARSE_FILE"
  else
    echo "run.sh: could not fetch $PARSE_PACKAGE with npm; the parse benchmark will be skipped" >&2
  fi
else
  echo "run.sh: no npm; the parse benchmark will be skipped" >&2
fi

status="$target/status.tsv"
jvm_args="-Doryx.bench.status=$status"
[ -n "$parse_source" ] && jvm_args="$jvm_args -Doryx.bench.parseSource=$parse_source"
params=()
[ -n "$WORKLOADS" ] && params+=(-p "workload=$WORKLOADS")
[ -n "$ENGINES" ] && params+=(-p "engine=$ENGINES")

main_cmd=("$java" -jar "$jar" 'dev.oryx.bench.(WorkloadBenchmark|ContextBenchmark|ParseBenchmark|RegexBaselineBenchmark)' $JMH_OPTS
  "${params[@]}" -jvmArgsAppend "$jvm_args" -rf csv -rff "$target/jmh.csv")
gc_params=(-p "workload=$GC_WORKLOADS")
[ -n "$ENGINES" ] && gc_params+=(-p "engine=$ENGINES")
gc_cmd=("$java" -jar "$jar" 'dev.oryx.bench.WorkloadBenchmark' $JMH_OPTS "${gc_params[@]}" -prof gc
  -jvmArgsAppend "-Doryx.bench.status=$target/status-gc.tsv" -rf csv -rff "$target/jmh-gc.csv")
shown() { local s; s="$(printf '%q ' "$@")"; s="${s//$root\//}"; echo "${s% }"; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
load_before="$(loadavg)"
if $jmh; then
  rm -f "$status" "$target/jmh.csv"
  echo "run.sh: $(shown "${main_cmd[@]}")" >&2
  "${main_cmd[@]}" 2>&1 | tee "$target/jmh.log"
  if $gc; then
    rm -f "$target/status-gc.tsv" "$target/jmh-gc.csv"
    echo "run.sh: $(shown "${gc_cmd[@]}")" >&2
    "${gc_cmd[@]}" 2>&1 | tee "$target/jmh-gc.log"
  fi
fi

# The parsers alone (issue 2): corpus from npm, warm JMH, cold first parse in fresh JVMs. What was
# run is kept in parse-run.sh so that --skip-parse can report the last results with their settings.
parse_run="$target/parse-run.sh"
if $parser; then
  echo "run.sh: parser corpus (npm pack into ${npm_dir#$root/})" >&2
  "$java" -cp "$jar" dev.oryx.bench.parse.ParseCorpus --fetch "$npm_dir" | tee "$target/parse-corpus.tsv"
  parser_params=()
  cold_files=()
  if [ -n "$PARSER_FILES" ]; then
    parser_params+=(-p "file=$PARSER_FILES")
    cold_files+=(--files "$PARSER_FILES")
  fi
  parser_cmd=("$java" -jar "$jar" 'dev.oryx.bench.parse.ParserBenchmark' $PARSER_JMH_OPTS "${parser_params[@]}"
    -jvmArgsAppend "-Doryx.bench.status=$target/status-parse.tsv -Doryx.bench.npmDir=$npm_dir"
    -rf csv -rff "$target/jmh-parse.csv")
  cold_cmd=("$java" -cp "$jar" dev.oryx.bench.parse.ColdParseRunner --npm-dir "$npm_dir" --runs "$COLD_RUNS"
    "${cold_files[@]}" --out "$target/cold-parse.tsv")
  rm -f "$target/status-parse.tsv" "$target/jmh-parse.csv" "$target/cold-parse.tsv" "$parse_run"
  parser_load_before="$(loadavg)"
  echo "run.sh: $(shown "${parser_cmd[@]}")" >&2
  "${parser_cmd[@]}" 2>&1 | tee "$target/jmh-parse.log"
  echo "run.sh: $(shown "${cold_cmd[@]}")" >&2
  "${cold_cmd[@]}"
  {
    printf 'parser_settings=%q\n' "$PARSER_JMH_OPTS (AverageTime, ms per whole-file parse; -Xms2g -Xmx2g); one fork at a time"
    printf 'cold_settings=%q\n' "$COLD_RUNS fresh JVMs per file and parser (default JVM options), median"
    printf 'parser_load=%q\n' "1/5/15-minute load average $parser_load_before before, $(loadavg) after ($(nproc) cores)"
    printf 'parser_command=%q\n' "$(shown "${parser_cmd[@]}")"
    printf 'cold_command=%q\n' "$(shown "${cold_cmd[@]}")"
  } > "$parse_run"
fi

if $memory; then
  echo "run.sh: generator memory ($MEMORY_COUNT generators per engine)" >&2
  mem_engines=()
  if [ -n "$ENGINES" ]; then
    IFS=, read -ra wanted <<< "$ENGINES"
    for e in "${wanted[@]}"; do [ "$e" != nashorn ] && mem_engines+=("$e"); done
  fi
  "$java" -cp "$jar" dev.oryx.bench.GeneratorMemory --count "$MEMORY_COUNT" "${mem_engines[@]}" | tee "$target/memory.tsv"
fi

if $startup; then
  echo "run.sh: start-up ($STARTUP_RUNS runs per command line)" >&2
  "$here/startup.sh" | tee "$target/startup.tsv"
fi

if $readme; then
  if $jmh; then
    load_text="1/5/15-minute load average $load_before before the run, $(loadavg) after (2 cores)"
  else
    load_text="1/5/15-minute load average $(loadavg) when the report was written (the JMH run was earlier; 2 cores)"
  fi
  settings="$JMH_OPTS (AverageTime; workloads in ms per run of run(), context creation in µs); forks run one at a time"
  $smoke && settings="$settings; SMOKE RUN"
  parse_label=""
  [ -n "$parse_source" ] && parse_label="$PARSE_PACKAGE ($PARSE_FILE, $(wc -c < "$parse_source") bytes)"
  report=("$java" -cp "$jar" dev.oryx.bench.report.ReadmeReport --out "$here/README.md"
    --results "$target/jmh.csv" --status "$target/status.tsv" --memory "$target/memory.tsv"
    --startup "$target/startup.tsv" --settings "$settings" --command "$(shown "${main_cmd[@]}")"
    --oryx "$oryx_version" --load "$load_text" --parse-source "$parse_label")
  if $gc; then
    report+=(--gc "$target/jmh-gc.csv" --status "$target/status-gc.tsv" --gc-command "$(shown "${gc_cmd[@]}")")
  fi
  if [ -f "$parse_run" ]; then
    # shellcheck source=/dev/null
    . "$parse_run"
    report+=(--parser-results "$target/jmh-parse.csv" --parser-status "$target/status-parse.tsv"
      --parser-corpus "$target/parse-corpus.tsv" --cold-parse "$target/cold-parse.tsv"
      --parser-settings "$parser_settings" --cold-settings "$cold_settings" --parser-load "$parser_load"
      --parser-command "$parser_command" --cold-command "$cold_command")
  fi
  $smoke && report+=(--smoke)
  "${report[@]}"
  echo "run.sh: wrote $here/README.md" >&2
fi
