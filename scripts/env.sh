# Sourced by the scripts: puts the project's tools on PATH. No side effects beyond PATH.
_ew_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case ":$PATH:" in *":$_ew_root/node_modules/.bin:"*) ;; *) PATH="$_ew_root/node_modules/.bin:$PATH" ;; esac
case ":$PATH:" in *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;; *) PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" ;; esac
export PATH
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
unset _ew_root
