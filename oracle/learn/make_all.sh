#!/usr/bin/env bash
# Regenerates every golden of the learning oracle with the interpreter given as $1 (default: python3).
set -euo pipefail
cd "$(dirname "$0")"
py="${1:-python3}"
for s in gen_metrics_scaling gen_combat gen_mrmr gen_stats gen_smotenc gen_smoten; do
  "$py" "$s.py"
done
