#!/usr/bin/env bash
# Diffs the public/protected signatures of the KNIME replica against the real KNIME sources.
# Usage: knime-replica/tools/signature-diff.sh [KNIME_CORE_GIT KNIME_SHARED_GIT [TAG]]
#   *_GIT: git directories of knime/knime-core and knime/knime-shared (default: the /work/.mirror fetches),
#   TAG: default analytics-platform/5.3.0.
# Output: "EXTRA" lines = replica signatures absent from KNIME (must be empty), "ABSTRACT-MISSING" lines = abstract
# KNIME members the replica omits (harmless unless a node must implement them), "NO-SOURCE" = replica type files
# with no KNIME counterpart. Exit code 1 if there is any EXTRA or NO-SOURCE line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; replica="$(dirname "$here")"
core_git="${1:-/work/.mirror/knime+knime-core/repo}"; shared_git="${2:-/work/.mirror/knime+knime-shared/repo}"
tag="${3:-analytics-platform/5.3.0}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/knime"
rep_files=(); knime_files=(); status=0
for bundle in org.knime.core.util org.knime.core; do
  while IFS= read -r f; do
    rel="${f#"$replica/$bundle/src/main/java/"}"
    case "$rel" in org/nacrad/*) continue ;; esac
    if [ "$bundle" = org.knime.core ]; then git_dir="$core_git"; src="org.knime.core/src/eclipse/$rel"
    else git_dir="$shared_git"; src="org.knime.core.util/src/main/java/$rel"; fi
    rep_files+=("$f")
    out="$work/knime/$rel"; mkdir -p "$(dirname "$out")"
    if git --git-dir="$git_dir" show "$tag:$src" > "$out" 2>/dev/null; then
      knime_files+=("$out")
    else
      rm -f "$out"
      if grep -qE '^public ' "$f"; then echo "NO-SOURCE $rel"; status=1; fi
    fi
  done < <(find "$replica/$bundle/src/main/java" -name '*.java' ! -name package-info.java | sort)
done
java "$here/ApiSignatures.java" "${rep_files[@]}" > "$work/replica.txt"
java "$here/ApiSignatures.java" "${knime_files[@]}" > "$work/knime.txt"
extra=$(comm -23 "$work/replica.txt" "$work/knime.txt" || true)
if [ -n "$extra" ]; then echo "$extra" | sed 's/^/EXTRA /'; status=1; fi
# abstract members of types the replica declares, missing from the replica
cut -d: -f1 "$work/replica.txt" | sort -u > "$work/types.txt"
comm -13 "$work/replica.txt" "$work/knime.txt" | grep -F -f <(sed 's/$/: /' "$work/types.txt") \
  | grep ' abstract ' | grep -v ' class \| interface ' | sed 's/^/ABSTRACT-MISSING /' || true
echo "replica signatures: $(wc -l < "$work/replica.txt"), matched in KNIME $tag: $(comm -12 "$work/replica.txt" "$work/knime.txt" | wc -l)"
exit $status
