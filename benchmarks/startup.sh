#!/usr/bin/env bash
# startup.sh: whole-process wall time of `print(1+1)` through each engine's command line, run
# STARTUP_RUNS times (default 10) each, interleaved so that machine noise hits every engine alike.
# Prints one tab-separated line per command line: name, median ms, min ms, max ms, runs, command.
# Needs `mvn -q -DskipTests package` first (benchmarks/target/lib and classes, engine/target).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${STARTUP_RUNS:-10}"
java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}"
java="${java:-java}"
lib="$here/target/lib"
classes="$here/target/classes"
[ -d "$lib" ] && [ -d "$classes" ] || { echo "startup.sh: build first (mvn -q -DskipTests package)" >&2; exit 2; }

jars() { # the jars of $lib whose names start with one of the given prefixes, joined with ':'
  local out="" p f
  for p in "$@"; do
    for f in "$lib"/"$p"*.jar; do [ -e "$f" ] && out="$out${out:+:}$f"; done
  done
  echo "$out"
}

script="$here/target/print.js"   # Nashorn's shell takes a file, not -e
echo 'print(1+1)' > "$script"

names=()
commands=()
add() { names+=("$1"); shift; commands+=("$(printf '%q ' "$@")"); }

add "oryx (./oryx -e)" "$root/oryx" -e 'print(1+1)'
add "rhino (stand-in for its shell)" "$java" -cp "$classes:$(jars rhino-)" dev.oryx.bench.cli.RhinoPrint -e 'print(1+1)'
add "nashorn (its shell)" "$java" -cp "$(jars nashorn-core asm)" org.openjdk.nashorn.tools.Shell "$script"
add "graaljs (minimal polyglot main)" "$java" --enable-native-access=ALL-UNNAMED -cp "$classes:$(jars polyglot collections nativeimage word js-language regex truffle icu4j xz jniutils)" dev.oryx.bench.cli.GraalJsPrint -e 'print(1+1)'
if command -v node >/dev/null 2>&1; then
  add "node (reference, not a JVM engine)" node -e 'console.log(1+1)'
fi

# One warm-up of each (builds the oryx launcher's jar if stale, fills the OS file cache).
for c in "${commands[@]}"; do eval "$c" >/dev/null 2>&1 || true; done

declare -A times
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    t0=$(date +%s%N)
    output="$(eval "${commands[$i]}" 2>/dev/null || true)"
    t1=$(date +%s%N)
    if [ "$output" != "2" ]; then
      echo "startup.sh: ${names[$i]} printed '$output' instead of 2" >&2
      continue
    fi
    times[$i]="${times[$i]:-} $(( (t1 - t0) / 1000000 ))"
  done
done

for i in "${!commands[@]}"; do
  sorted=($(printf '%s\n' ${times[$i]:-} | sort -n))
  n=${#sorted[@]}
  if [ "$n" -eq 0 ]; then
    continue
  fi
  if (( n % 2 == 1 )); then
    median=${sorted[$((n / 2))]}
  else
    median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
  fi
  command="${commands[$i]//$root\//}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "${names[$i]}" "$median" "${sorted[0]}" "${sorted[$((n - 1))]}" "$n" "${command% }"
done
