#!/usr/bin/env bash
# Builds the site twice from clean and checks that both builds are byte-for-byte identical:
# every file of dist/ and content/, compared by a sha256 manifest. Exits 1 and lists the files
# that differ (with a short diff of the first few) when they are not.
#
#   npm run check:determinism        (through npm, so the project's Node 22 is used)
#
# It deletes content/, dist/, .astro/ and Astro's and Vite's caches before each build, and
# leaves the second build in place.
set -euo pipefail

cd "$(dirname "$0")/.."
export LC_ALL=C

work=$(mktemp -d "${TMPDIR:-/tmp}/determinism.XXXXXX")
trap 'rm -rf "$work"' EXIT

clean() {
  rm -rf content dist .astro node_modules/.astro node_modules/.vite
}

manifest() { # writes "sha256  path" lines for every file under content/ and dist/
  find content dist -type f -print0 | sort -z | xargs -0 sha256sum
}

build() { # $1: build number
  local log="$work/build$1.log" start=$SECONDS
  echo "== build $1 of 2 (from clean) =="
  clean
  if ! npm run build >"$log" 2>&1; then
    echo "build $1 failed; last 60 lines of its output:" >&2
    tail -n 60 "$log" >&2
    exit 2
  fi
  for dir in content dist; do
    if [ ! -d "$dir" ]; then
      echo "build $1 wrote no $dir/" >&2
      exit 2
    fi
  done
  manifest >"$work/manifest$1"
  echo "   $(wc -l <"$work/manifest$1") files in $((SECONDS - start))s"
}

started=$SECONDS
build 1
mkdir -p "$work/copy1"
cp -a content dist "$work/copy1/"
build 2

if cmp -s "$work/manifest1" "$work/manifest2"; then
  echo "OK: the two builds are identical ($(wc -l <"$work/manifest2") files in content/ and dist/), checked in $((SECONDS - started))s"
  exit 0
fi

# "path<TAB>hash" per build, joined on path, to tell changed, only-in-1 and only-in-2 apart
for n in 1 2; do
  awk '{ h = $1; sub(/^[0-9a-f]+  /, ""); print $0 "\t" h }' "$work/manifest$n" | sort -t $'\t' -k1,1 >"$work/byname$n"
done
join -t $'\t' -a 1 -a 2 -e MISSING -o 0,1.2,2.2 "$work/byname1" "$work/byname2" |
  awk -F '\t' '$2 != $3 {
    if ($2 == "MISSING") print "only in build 2: " $1
    else if ($3 == "MISSING") print "only in build 1: " $1
    else print "differs:         " $1
  }' >"$work/differences"

count=$(wc -l <"$work/differences")
echo "NOT DETERMINISTIC: $count file(s) differ between two clean builds:" >&2
cat "$work/differences" >&2

shown=0
while IFS= read -r line; do
  case "$line" in "differs: "*) ;; *) continue ;; esac
  path=${line#differs: }
  path=${path#"${path%%[![:space:]]*}"}
  if [ "$shown" -ge 3 ]; then break; fi
  if grep -Iq . "$path" 2>/dev/null; then
    echo >&2
    echo "--- first lines of the difference in $path:" >&2
    diff -u "$work/copy1/$path" "$path" | head -n 30 >&2 || true
    shown=$((shown + 1))
  fi
done <"$work/differences"
exit 1
