#!/usr/bin/env bash
# Regenerates every golden of the XGBoost model-selection oracle with the interpreter given as $1.
set -euo pipefail
cd "$(dirname "$0")"
py="${1:-python3}"
for s in gen_predict gen_rfecv gen_gridsearch; do
  "$py" "$s.py"
done
