# shellcheck shell=bash
# Shared helpers of the bench/ scripts; each sources it: source "$(dirname "$0")/lib.sh".
# Functions that answer a path echo it (use them as x=$(fn ...)); a refusal exits 2, a
# failed command returns its status, so that `set -e` in the script stops there either way.

# The repository root, resolved once now (the scripts cd later, and $0 may be relative):
# builds go into it, outputs and installs are refused inside it.
_bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The shared folder (genlist.py, linkfarm.py, the corpus) is read in place: $SHARED or ../shared.
bench_shared() { echo "${SHARED:-$_bench_root/../shared}"; }

# The npm peers live outside the repository: $PEERS or ~/.cache/awesomelint-bench/peers.
bench_peers() { echo "${PEERS:-$HOME/.cache/awesomelint-bench/peers}"; }

# --help prints the script's header comment (line 2 up to the first line that is not a
# comment), so the help cannot drift from the header as line ranges would.
bench_help() { sed -n '2,/^\([^#]\|$\)/{/^#/s/^# \{0,1\}//p}' "$0"; }

# bench_options USAGE --flag=var... -- "$@": every option of the scripts takes one value,
# so one parser sets them all (printf -v var), prints the help for -h/--help (exit 0) and
# USAGE on stderr for anything else (exit 2). Call it directly, not in $(...).
bench_options() {
  local _usage=$1 _spec
  local -A _var=()
  shift
  while (($#)) && [[ "$1" != -- ]]; do
    _spec=$1
    _var[${_spec%%=*}]=${_spec#*=}
    shift
  done
  shift
  while (($#)); do
    case "$1" in
      -h|--help) bench_help; exit 0 ;;
    esac
    if [[ -z "$1" || -z "${_var[$1]:-}" ]]; then echo "$_usage" >&2; exit 2; fi
    printf -v "${_var[$1]}" '%s' "$2"
    shift 2
  done
}

# refuse_inside_repo PATH MESSAGE: outputs and installs never go into the repository.
refuse_inside_repo() {
  case "$(realpath -m "$1")/" in
    "$_bench_root"/*) echo "$2" >&2; exit 2 ;;
  esac
}

# bench_work [MKTEMP-TEMPLATE]: $WORK (created) or a new temporary directory, kept after
# the run so that its raw outputs can be read; echoes its absolute path.
# shellcheck disable=SC2120 # the template is optional
bench_work() {
  local work
  if [[ -n "${WORK:-}" ]]; then
    work=$WORK
    mkdir -p "$work" || return
  else
    work=$(mktemp -d "$@") || return
  fi
  realpath "$work"
}

# ensure_tools NAME...: the Debian packages a benchmark runs (cmark-gfm, hyperfine, time
# for GNU time's /usr/bin/time, curl), installed with apt-get when missing, not assumed.
ensure_tools() {
  local name absent=()
  for name; do
    case "$name" in
      time) [[ -x /usr/bin/time ]] || absent+=(time) ;;
      *) command -v "$name" >/dev/null || absent+=("$name") ;;
    esac
  done
  ((${#absent[@]})) || return 0
  echo "installing ${absent[*]} with apt-get" >&2
  apt-get update -qq && apt-get install -y -qq "${absent[@]}" >/dev/null
}

# build_awesomelint [--quiet] [--binary PATH]: the awesomelint to measure, echoed as an
# absolute path: PATH if given (and not empty), else build-release/awesomelint, configured
# and built (Release, no tests) if it is not there; the build's output goes to stderr
# (with --quiet nowhere) so that it never mixes with the echoed path.
build_awesomelint() {
  local binary="" quiet=0 build="$_bench_root/build-release"
  while (($#)); do
    case "$1" in
      --binary) binary="$2"; shift 2 ;;
      --quiet) quiet=1; shift ;;
      *) echo "build_awesomelint: unknown argument $1" >&2; return 2 ;;
    esac
  done
  if [[ -z "$binary" ]]; then
    binary="$build/awesomelint"
    if [[ ! -x "$binary" ]]; then
      _bench_build_step "$quiet" cmake -S "$_bench_root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DAWESOMELINT_TESTS=OFF || return
      _bench_build_step "$quiet" cmake --build "$build" || return
    fi
  fi
  realpath "$binary"
}

# _bench_build_step QUIET COMMAND...: a build command with its stdout on stderr, or dropped.
_bench_build_step() {
  local quiet=$1
  shift
  if ((quiet)); then "$@" >/dev/null; else "$@" >&2; fi
}

# ensure_peers NAME...: the npm peers (awesome-lint, markdownlint-cli2,
# markdown-link-check), installed into bench_peers when one is missing, never inside the
# repository; echoes their node_modules/.bin. npm's warnings (EBADENGINE on node 20) are
# shown only if the install fails.
ensure_peers() {
  local peers name install=0 log status
  peers=$(bench_peers)
  refuse_inside_repo "$peers" "PEERS must be outside the repository ($_bench_root)"
  for name; do
    [[ -x "$peers/node_modules/.bin/$name" ]] || install=1
  done
  if ((install)); then
    echo "installing $(_bench_and "$@") into $peers" >&2
    mkdir -p "$peers" || return
    [[ -f "$peers/package.json" ]] || echo '{"private": true}' >"$peers/package.json" || return
    log=$(cd "$peers" && npm install --no-audit --no-fund "$@" 2>&1 >/dev/null) || {
      status=$?
      printf '%s\n' "$log" >&2
      return "$status"
    }
  fi
  echo "$peers/node_modules/.bin"
}

# _bench_and A B C: "A, B and C", for messages.
_bench_and() {
  local out=$1
  shift
  while (($# > 1)); do out+=", $1"; shift; done
  if (($#)); then out+=" and $1"; fi
  echo "$out"
}

# peer_version NAME: an installed npm package's version, for the run's header lines.
peer_version() { node -p "require('$(bench_peers)/node_modules/$1/package.json').version"; }

# The machine line every report starts with: timings mean little without it.
bench_machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(date -u '+%Y-%m-%d %H:%M UTC')"
}

# wait_for_url URL: until the loopback link farm answers (10 s at most); fails if it does not.
wait_for_url() {
  local _
  for _ in $(seq 100); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.1
  done
  return 1
}

# farm_hosts WORK FARM_PY FILE...: every HOST of the files, and the API hosts the
# providers ask (they are not in the files), resolve as HOST.farm to 127.0.0.1: the
# lines go to WORK/hosts.txt and, when missing, to /etc/hosts (needs root once).
farm_hosts() {
  local work=$1 farm_py=$2 missing host
  shift 2
  {
    python3 "$farm_py" hosts "$@"
    for host in api.github.com export.arxiv.org huggingface.co zenodo.org doi.org; do
      echo "127.0.0.1 $host.farm"
    done
  } | awk '!seen[$0]++' >"$work/hosts.txt" || return
  missing=$(grep -vxF -f /etc/hosts "$work/hosts.txt" || true)
  [[ -z "$missing" ]] && return 0
  if [[ ! -w /etc/hosts ]]; then
    echo "/etc/hosts lacks $(wc -l <<<"$missing") HOST.farm lines and is not writable; as root:" >&2
    echo "  cat $work/hosts.txt >> /etc/hosts" >&2
    exit 2
  fi
  printf '%s\n' "$missing" >>/etc/hosts
  echo "appended $(wc -l <<<"$missing") lines to /etc/hosts"
}

# A loopback link farm started in the background (farm_pid=$!), and farm_stop, which
# ends it and waits for it (safe to call twice; use it as the EXIT trap).
farm_pid=""
farm_stop() {
  if [[ -n "$farm_pid" ]]; then
    kill "$farm_pid" 2>/dev/null || true
    wait "$farm_pid" 2>/dev/null || true
    farm_pid=""
  fi
}

# The farm's awesomelint flags, in the global array farm_flags: every URL, and every API
# base, to HOST.farm:PORT, on the command line: a token goes only to an API base the
# command line names (a config's providers never get it). The remap leaves URLs that
# already name a port alone (the API bases), so nothing is rewritten twice.
farm_flags_for() {  # farm_flags_for PORT
  local port=$1
  farm_flags=(--no-config --remap "^https?://([^/:?#]+)([/?#].*)?\$ http://\$1.farm:$port\$2"
    --provider "github=http://api.github.com.farm:$port"
    --provider "arxiv=http://export.arxiv.org.farm:$port"
    --provider "huggingface=http://huggingface.co.farm:$port"
    --provider "zenodo=http://zenodo.org.farm:$port"
    --provider "doi=http://doi.org.farm:$port")
}

# farm_start DIR [SERVE-ARGS...]: linkfarm.py serve (through farm_log.py, which adds a
# request log at /__log) on 127.0.0.1:$port with --latency-ms $latency, from
# $shared/bench; the script sets port, latency and shared. Its output goes to DIR/farm.log.
farm_start() {
  local dir=$1 farm="http://127.0.0.1:$port"
  shift
  if curl -s -o /dev/null "$farm/__stats"; then echo "port $port is in use (--port)" >&2; exit 2; fi
  python3 "$_bench_root/bench/farm_log.py" "$shared/bench" serve --port "$port" --latency-ms "$latency" "$@" \
    >"$dir/farm.log" 2>&1 &
  farm_pid=$!
  wait_for_url "$farm/__stats" && return 0
  echo "the farm did not start; see $dir/farm.log" >&2
  exit 1
}

# farm_collect DIR: the farm's /__stats and request log into DIR, then stop it.
farm_collect() {
  curl -s "http://127.0.0.1:$port/__stats" >"$1/stats.json"
  curl -s "http://127.0.0.1:$port/__log" >"$1/log.json"
  farm_stop
}
