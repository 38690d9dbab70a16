#!/usr/bin/env bash
# Record CPython 3.8 expected output for pylift golden tests.
#
# Usage: tests/record.sh [file.py ...]
#   With no arguments, records every .py file under tests/programs/ (except the modules in
#   directories named lib) and the benchmarks in examples/bench/.
#
# For each X.py (run from inside its own folder so tracebacks show "X.py", with the
# arguments in X.test-args when there is one):
#   X.out  - stdout (always kept, even if empty)
#   X.err  - stderr (kept only if non-empty)
#   X.code - exit status + newline (only if non-zero)
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON38:-python3.8}"

if ! PYENV_VERSION=3.8.18 "$PY" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 8) else 1)'; then
    echo "record.sh: $PY is not CPython 3.8" >&2
    exit 1
fi

if [ "$#" -eq 0 ]; then
    mapfile -t files < <(
        find "$here/programs" -name lib -prune -o -name '*.py' -print | sort
        find "$here/../examples/bench" -maxdepth 1 -name '*.py' | sort
    )
else
    files=("$@")
fi

status=0
for f in "${files[@]}"; do
    if [ ! -f "$f" ]; then
        echo "record.sh: no such file: $f" >&2
        status=1
        continue
    fi
    dir="$(cd "$(dirname "$f")" && pwd)"
    base="$(basename "$f" .py)"
    (
        cd "$dir" || exit 1
        args=()
        if [ -f "$base.test-args" ]; then
            read -r -d "" -a args < "$base.test-args"
        fi
        PYENV_VERSION=3.8.18 PYTHONHASHSEED=0 "$PY" "$base.py" "${args[@]}" > "$base.out" 2> "$base.err"
        code=$?
        if [ ! -s "$base.err" ]; then
            rm -f "$base.err"
        fi
        if [ "$code" -ne 0 ]; then
            echo "$code" > "$base.code"
        else
            rm -f "$base.code"
        fi
        echo "$code $dir/$base.py ${args[*]}"
    )
done
exit "$status"
