#!/usr/bin/env bash
# Builds the .deb with `cpack -G DEB` into a temporary folder, unpacks it and checks its contents,
# its control fields and that the unpacked flywheel-cli runs.
# Usage: check-deb.sh BUILD_DIR SOURCE_DIR VERSION EXPECT_GUI(0|1)
set -euo pipefail

build=$1 source=$2 version=$3 expect_gui=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/flywheel-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
pass() { echo "check-deb: ok: $*"; }

# 1. Pack into the temporary folder, never into the build folder.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected exactly one .deb, found ${#debs[@]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "flywheel_${version}_${arch}.deb" ] || fail "unexpected file name $(basename "$deb")"
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# 2. Control fields, as `dpkg-deb -I` shows them.
dpkg-deb -I "$deb" >"$work/info"
field() { sed -n "s/^ $1: //p" "$work/info"; }
[ "$(field Package)" = flywheel ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
case "$(field Section)" in science|devel) ;; *) fail "Section is '$(field Section)'" ;; esac
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
for lib in libsqlcipher libsodium libqt6core6 libtorch; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
pass "control fields; Depends: $depends"

# 3. Contents: everything under /usr, the programs, the desktop integration files.
dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./usr/\|^\./$' && fail "files outside /usr"
root=$work/root
dpkg-deb -x "$deb" "$root"
programs=(flywheel-cli flywheel-node)
[ "$expect_gui" = 1 ] && programs+=(flywheel)
for program in "${programs[@]}"; do
  [ -x "$root/usr/bin/$program" ] || fail "usr/bin/$program missing or not executable"
  file -L "$root/usr/bin/$program" | grep -q ', stripped' || fail "$program is not stripped"
done
pass "programs: ${programs[*]}"

desktop=$root/usr/share/applications/flywheel.desktop
[ -f "$desktop" ] || fail "flywheel.desktop missing"
desktop-file-validate "$desktop" || fail "flywheel.desktop does not validate"
grep -qx 'Exec=flywheel' "$desktop" || fail "flywheel.desktop does not start flywheel"
grep -qx 'Icon=flywheel' "$desktop" || fail "flywheel.desktop does not name the flywheel icon"
pass "desktop entry validates"

metainfo=$root/usr/share/metainfo/io.flywheel.Flywheel.metainfo.xml
[ -f "$metainfo" ] || fail "metainfo missing"
appstreamcli validate --no-net "$metainfo" || fail "metainfo does not validate"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no release $version"
grep -q '<launchable type="desktop-id">flywheel.desktop</launchable>' "$metainfo" ||
  fail "metainfo does not launch flywheel.desktop"
pass "AppStream metainfo validates"

icon=$root/usr/share/icons/hicolor/scalable/apps/flywheel.svg
cmp -s "$icon" "$source/resources/icons/flywheel.svg" || fail "icon missing or differs from resources/icons"
pass "icon"

# 4. The unpacked command-line tool runs against the system's libraries.
"$root/usr/bin/flywheel-cli" --version >"$work/version" 2>&1 || { cat "$work/version" >&2; fail "flywheel-cli --version"; }
grep -qx "flywheel-cli $version" "$work/version" || fail "unexpected version output: $(cat "$work/version")"
grep -q '^SQLCipher [0-9]' "$work/version" || fail "SQLCipher not active: $(cat "$work/version")"
# The CLI loads libtorch through the ML engine module shipped beside it, found relative to the binary.
ls "$root"/usr/lib*/flywheel/libflywheel_ml_module.so >/dev/null 2>&1 || fail "ML engine module missing"
grep -q '^libtorch 1\.[0-9]' "$work/version" || fail "ML engine module did not load: $(cat "$work/version")"
pass "unpacked flywheel-cli --version: $(tr '\n' ' ' <"$work/version")"
