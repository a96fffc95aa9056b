# Sourced by the check-*-same.sh scripts: `same NAME ARGS…` runs "$old" and "$new" (set by
# the caller, with "$work" a scratch folder and "$status" 0) on ARGS and compares their
# standard output, exit status and standard error byte for byte; prints `same: NAME (N
# bytes)` or `DIFFERENT: NAME` and sets status=1.
same() {
  name=$1
  shift
  "$old" "$@" >"$work/old" 2>"$work/old.err"
  echo "exit $?" >>"$work/old"
  "$new" "$@" >"$work/new" 2>"$work/new.err"
  echo "exit $?" >>"$work/new"
  if cmp -s "$work/old" "$work/new" && cmp -s "$work/old.err" "$work/new.err"; then
    echo "same: $name ($(wc -c <"$work/new") bytes)"
  else
    echo "DIFFERENT: $name"
    status=1
  fi
}
