#!/usr/bin/env bash
# Packaging check for CI on Linux (Debian): run as `bash packaging/ci_check.sh`.
#
#  1. tools: desktop-file-validate, appstreamcli, Qt's runtime libraries and
#     PyInstaller are installed when missing (apt-get / pip, as root in CI);
#  2. the .desktop file, the AppStream metainfo and an installed-layout tree of
#     both with the hicolor icons validate cleanly;
#  3. PyInstaller builds the one-folder bundle (python packaging/build.py);
#  4. the frozen `heartlog --version` and `heartlog --self-test` pass, offscreen and
#     on X11 under Xvfb, and the self-test leaves HEARTLOG_HOME untouched (with
#     HEARTLOG_REQUIRE_COMPILED=1, as in .ci/run, it must report the compiled analysis);
#  5. a clean `git clone` of this repository is installed non-editable
#     (`pip install .`) into a fresh venv, and `heartlog --self-test` passes there.
#
# Every step runs even if an earlier one failed; each prints its time, and the
# script exits 1 if any failed. The venv is isolated: pip fetches every dependency
# from PyPI as a person's install would, which also proves pyproject's list
# complete. HEARTLOG_CI_VENV=system reuses the machine's installed packages
# instead (--system-site-packages), for a quicker check that needs only the
# build backend from PyPI.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$(command -v python3 || command -v python)}"
FROZEN="$ROOT/packaging/dist/HeartLog/heartlog"
WORK="$(mktemp -d -t heartlog-ci-packaging.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1

PASSED=0
FAILED=()
TOTAL_START=$EPOCHREALTIME

elapsed_since() {  # seconds since $1 (an EPOCHREALTIME value), one decimal
    awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}

step() {  # step "title" command args...: run, time and record one step
    local title="$1"
    shift
    echo "==> $title"
    local start=$EPOCHREALTIME
    if "$@"; then
        PASSED=$((PASSED + 1))
        echo "    ok: $title ($(elapsed_since "$start") s)"
    else
        FAILED+=("$title")
        echo "    FAILED: $title ($(elapsed_since "$start") s)"
    fi
}

APT_UPDATED=0
need_debian_packages() {  # install the Debian packages of "$@" that are missing
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "    installing ${missing[*]}"
    if [ "$APT_UPDATED" -eq 0 ]; then
        apt-get update -qq || return 1
        APT_UPDATED=1
    fi
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_tools() {
    # Validators; the libraries Qt needs even offscreen (EGL/GL, fonts, keymaps, D-Bus);
    # the xcb libraries that Qt's X11 plugin needs and PyInstaller then bundles, so
    # the frozen app does not need them on the user's machine; Xvfb to try X11 for real.
    need_debian_packages desktop-file-utils appstream \
        libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
        libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 xvfb xauth || return 1
    if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
        "$PYTHON" -m pip install --quiet "pyinstaller>=6.5" || return 1
    fi
    command -v desktop-file-validate && command -v appstreamcli && appstreamcli --version \
        && "$PYTHON" -m PyInstaller --version
}

validate_desktop_file() {
    desktop-file-validate "$ROOT/packaging/linux/org.heartlog.HeartLog.desktop" \
        && echo "    desktop-file-validate: no errors or warnings"
}

validate_metainfo() {
    appstreamcli validate --no-net "$ROOT/packaging/linux/org.heartlog.HeartLog.metainfo.xml"
}

validate_installed_tree() {
    # The layout a distribution or the Flatpak installs: metainfo, desktop file, icons.
    local tree="$WORK/tree/usr/share"
    mkdir -p "$tree/applications" "$tree/metainfo" "$tree/icons"
    cp "$ROOT/packaging/linux/org.heartlog.HeartLog.desktop" "$tree/applications/"
    cp "$ROOT/packaging/linux/org.heartlog.HeartLog.metainfo.xml" "$tree/metainfo/"
    cp -r "$ROOT/packaging/icons/hicolor" "$tree/icons/"
    appstreamcli validate-tree --no-net "$WORK/tree"
}

build_bundle() {
    "$PYTHON" "$ROOT/packaging/build.py" --no-check
}

frozen_version() {
    local out
    out="$("$FROZEN" --version)" || return 1
    echo "    $out"
    local expected
    expected="HeartLog $(PYTHONPATH="$ROOT/src" "$PYTHON" -c 'import heartlog; print(heartlog.__version__)')"
    [ "$out" = "$expected" ] || { echo "    expected '$expected'"; return 1; }
}

self_test_leaves_home_alone() {  # self_test_leaves_home_alone COMMAND...: run --self-test
    local home="$WORK/home-$RANDOM"
    mkdir -p "$home"
    local out
    out="$(cd "$WORK" && HEARTLOG_HOME="$home" "$@" --self-test)" || { echo "$out"; return 1; }
    echo "$out"
    # The analysis must run compiled (hatch_build.py) where CI asks for it.
    if [ "${HEARTLOG_REQUIRE_COMPILED:-0}" = 1 ] && ! grep -q "analysis modules compiled" <<<"$out"; then
        echo "    the analysis runs as pure Python, not compiled"
        return 1
    fi
    if [ -n "$(ls -A "$home")" ]; then
        echo "    the self-test wrote into HEARTLOG_HOME: $(ls -A "$home")"
        return 1
    fi
}

frozen_self_test() {
    self_test_leaves_home_alone "$FROZEN"
}

frozen_self_test_x11() {
    # The real X11 platform plugin on a virtual screen, instead of offscreen.
    (cd "$WORK" && timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" \
        env QT_QPA_PLATFORM=xcb "$FROZEN" --self-test)
}

pip_install_clean_clone() {
    git clone --quiet "$ROOT" "$WORK/clone" || return 1
    echo "    cloned $(git -C "$WORK/clone" log -1 --format='%h %s')"
    local site=()
    [ "${HEARTLOG_CI_VENV:-isolated}" = "system" ] && site=(--system-site-packages)
    "$PYTHON" -m venv "${site[@]}" "$WORK/venv" || return 1
    # Non-editable, from the clone only: what a person gets from `pip install .`.
    (cd "$WORK/clone" && "$WORK/venv/bin/python" -m pip install --quiet .) || return 1
    "$WORK/venv/bin/python" -m pip check || return 1
    local where
    where="$(cd "$WORK" && "$WORK/venv/bin/python" -c 'import heartlog; print(heartlog.__file__)')"
    echo "    heartlog imported from $where"
    case "$where" in
        "$WORK/venv/"*) ;;
        *) echo "    not the venv's installed copy"; return 1 ;;
    esac
    rm -rf "$WORK/clone"  # nothing may still come from the checkout
}

pip_self_test() {
    [ -x "$WORK/venv/bin/heartlog" ] || { echo "    no installed heartlog command"; return 1; }
    self_test_leaves_home_alone "$WORK/venv/bin/heartlog"
}

echo "HeartLog packaging check in $ROOT ($("$PYTHON" --version), $(uname -sm))"
step "install tools" install_tools
step "desktop file validates" validate_desktop_file
step "AppStream metainfo validates" validate_metainfo
step "installed desktop tree validates" validate_installed_tree
step "PyInstaller bundle builds" build_bundle
step "frozen heartlog --version" frozen_version
step "frozen heartlog --self-test" frozen_self_test
step "frozen heartlog --self-test on X11 (Xvfb)" frozen_self_test_x11
step "pip install . from a clean clone" pip_install_clean_clone
step "installed heartlog --self-test" pip_self_test

echo "==> packaging check finished in $(elapsed_since "$TOTAL_START") s"
for title in "${FAILED[@]}"; do
    echo "    failed: $title"
done
echo "packaging: $PASSED passed, ${#FAILED[@]} failed"
[ ${#FAILED[@]} -eq 0 ]
