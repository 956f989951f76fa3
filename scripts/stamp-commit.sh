#!/usr/bin/env sh
# stamp-commit.sh [--reset]: writes the current git commit (short hash, "-dirty" with local
# changes) into Sources/conform/BuildCommit.swift for `conform --version`, or "unknown" when
# there is no git or no repository ($CONFORM_COMMIT, when set, instead); --reset writes
# "unknown" back.
set -eu
cd "$(dirname "$0")/.."
file=Sources/conform/BuildCommit.swift
commit=unknown
if [ "${1:-}" != "--reset" ] && [ -n "${CONFORM_COMMIT:-}" ]; then
    # Given by a build without git metadata (a container build from a source archive).
    commit=$(printf %s "$CONFORM_COMMIT" | tr -cd 'A-Za-z0-9._-')
elif [ "${1:-}" != "--reset" ] && command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1; then
    commit=$(git rev-parse --short=12 HEAD)
    # The stamp itself is not a local change.
    if ! git diff --quiet HEAD -- . ":(exclude)$file" 2>/dev/null; then commit="$commit-dirty"; fi
fi
sed "s/static let value = \".*\"/static let value = \"$commit\"/" "$file" > "$file.tmp"
mv "$file.tmp" "$file"
echo "conform commit: $commit"
