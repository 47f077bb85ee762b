#!/usr/bin/env bash
# Brings a fresh machine to the point where Qimma builds, runs and tests: Debian's Chromium and
# Arabic-capable fonts, Node 22 or later (fetched from the npm registry into .tools/ when the
# machine's Node is older), and the npm packages from package-lock.json. Idempotent and quiet
# when everything is already there, so every npm script can call it first.
#
# Source it (`. scripts/setup.sh`) to get Node 22 on PATH in the calling shell.

qimma_setup() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

  # 1. Chromium and fonts (Debian packages). Needs root, or sudo without a password.
  # (No `fc-list | grep -q` here: under pipefail, grep's early exit makes the pipe "fail".)
  if [ ! -x /usr/bin/chromium ] || { [ ! -d /usr/share/fonts/truetype/dejavu ] && [ ! -d /usr/share/fonts/truetype/noto ]; }; then
    local sudo=''
    if [ "$(id -u)" != 0 ]; then
      if command -v sudo >/dev/null 2>&1; then sudo='sudo'; else
        echo "qimma setup: Chromium is missing and this user cannot install Debian packages." >&2
        echo "  Install them once as root: apt-get install -y chromium fonts-dejavu-core fonts-noto-core" >&2
        return 1
      fi
    fi
    echo "qimma setup: installing Chromium and fonts from Debian's packages…" >&2
    $sudo apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-core >/dev/null ||
      { echo "qimma setup: apt-get install failed" >&2; return 1; }
  fi

  # 2. Node 22 or later. The engines field asks for it; Vitest and WXT misbehave on Node 20.
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -lt 22 ]; then
    local tool="$root/.tools/node22/node_modules/.bin"
    if [ ! -x "$tool/node" ]; then
      echo "qimma setup: Node $(node -v 2>/dev/null || echo 'none') is too old; fetching Node 22 from the npm registry…" >&2
      mkdir -p "$root/.tools/node22"
      npm install --silent --no-save --no-package-lock --prefix "$root/.tools/node22" node@22 >/dev/null 2>&1 ||
        { echo "qimma setup: could not install node@22 from the npm registry" >&2; return 1; }
    fi
    export PATH="$tool:$PATH"
  fi

  # 3. npm packages, when node_modules is missing or older than the lock file. A node_modules that
  # is a link belongs to another checkout (a git worktree sharing it): npm ci would empty it there.
  if [ ! -L "$root/node_modules" ] && { [ ! -f "$root/node_modules/.package-lock.json" ] ||
    [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; }; then
    echo "qimma setup: installing npm packages (npm ci)…" >&2
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
      { echo "qimma setup: npm ci failed" >&2; return 1; }
  fi
  # WXT's generated types (.wxt/) are needed by the type checker; cheap to refresh.
  if [ ! -f "$root/.wxt/tsconfig.json" ]; then
    (cd "$root" && npx --no-install wxt prepare >/dev/null 2>&1) || true
  fi
}

qimma_setup
