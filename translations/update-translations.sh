#!/usr/bin/env bash
# Regenerates flywheel_en.ts and flywheel_es.ts from the sources with lupdate.
#
#   translations/update-translations.sh              # update the .ts files in place
#   translations/update-translations.sh --into DIR   # write updated copies into DIR (the tree is untouched)
#
# lupdate only names a context as tr() names it at run time ("fw::ui::DatanetsPage",
# "fw::ledger::Receipt") when it can read the class's header: without the include paths the build
# uses (the root for "ui/...", core/ for "ledger/..."), it cannot see the namespace a member function
# belongs to and files the strings under the bare class name, where the application never looks.
# Environment: LUPDATE (default: lupdate beside qmake6, else /usr/lib/qt6/bin/lupdate).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
into=""
if [[ ${1:-} == --into ]]; then
    into=${2:?--into needs a folder}
    mkdir -p "$into"
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--into DIR]" >&2
    exit 2
fi

lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
if [[ ! -x $lupdate ]]; then
    echo "lupdate not found at $lupdate (set LUPDATE)" >&2
    exit 2
fi

# The same sources as translations/CMakeLists.txt: ui/ and core/ (.cpp, .h), app/gui/ (.cpp).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && find ui core -type f \( -name '*.cpp' -o -name '*.h' \) && find app/gui -type f -name '*.cpp') |
    LC_ALL=C sort | sed "s|^|$root/|" >"$work/sources.lst"

for lang in en es; do
    ts=$here/flywheel_$lang.ts
    out=${into:+$into/flywheel_$lang.ts}
    out=${out:-$ts}
    [[ $out == "$ts" ]] || cp "$ts" "$out"
    # Core files define their own tr() helpers (QCoreApplication::translate with the namespace as
    # context): lupdate files those strings correctly but warns once per file; keep other warnings.
    "$lupdate" -silent -no-obsolete -locations none -I "$root" -I "$root/core" "@$work/sources.lst" -ts "$out" \
        2> >(grep -v "lacks Q_OBJECT macro" >&2)
done
