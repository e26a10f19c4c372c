#!/usr/bin/env python3
"""tests/dist/dask_merge.py - annals as a map/reduce job on Dask distributed.

Starts a scheduler and two worker processes on localhost, maps
`annals extract --input jsonl` over shards of a document stream (one
record per shard), reduces the records pairwise with `annals merge`, and
checks that the result is byte for byte what one `annals extract` of the
whole stream writes.  Prints the wall time of the distributed run.

    python3 tests/dist/dask_merge.py ANNALS
Exit 0 on success, 1 on a difference or a failure, 77 when Dask is not
installed (Debian: python3-distributed).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

try:
    from distributed import Client, LocalCluster
except ImportError:
    print("dask_merge: python3-distributed is not installed (skipped)")
    sys.exit(77)

PLACES = ["Darfur", "Khartoum", "Kordofan", "Port Sudan", "Kassala", "Omdurman"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def documents():
    """Thirty short articles of our own, several reporting the same
    events, with publication dates in two months."""
    docs = []
    for i in range(30):
        place = PLACES[i % len(PLACES)]
        day = DAYS[i % len(DAYS)]
        text = (f"Rebels attacked an army base in {place} on {day}, officials said.\n"
                f"Protesters marched in Khartoum on {DAYS[(i + 2) % 5]} against the war.\n"
                f"Envoys met in Jeddah on {DAYS[(i + 3) % 5]} to discuss a ceasefire.")
        docs.append({"id": f"doc-{i:02d}", "date": f"2024-0{5 + i % 2}-{10 + i % 7}",
                     "url": f"https://outlet{i % 4}.example/{i}", "text": text})
    return docs


def extract_shard(annals, lines):
    r = subprocess.run([annals, "extract", "--input", "jsonl", "-"],
                       input="".join(lines).encode(), capture_output=True)
    if r.returncode:
        raise RuntimeError(r.stderr.decode())
    return r.stdout


def merge_pair(annals, a, b):
    with tempfile.TemporaryDirectory() as d:
        pa, pb = os.path.join(d, "a.yaml"), os.path.join(d, "b.yaml")
        with open(pa, "wb") as f:
            f.write(a)
        with open(pb, "wb") as f:
            f.write(b)
        r = subprocess.run([annals, "merge", pa, pb], capture_output=True)
    if r.returncode:
        raise RuntimeError(r.stderr.decode())
    return r.stdout


def main():
    annals = os.path.abspath(sys.argv[1])
    lines = [json.dumps(d) + "\n" for d in documents()]
    single = subprocess.run([annals, "extract", "--input", "jsonl", "-"],
                            input="".join(lines).encode(), capture_output=True,
                            check=True).stdout
    t0 = time.monotonic()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as client:
        shards = [lines[i:i + 4] for i in range(0, len(lines), 4)]
        parts = client.map(extract_shard, [annals] * len(shards), shards)
        # the reduce: a tree of pairwise merges, in whatever grouping
        while len(parts) > 1:
            nxt = [client.submit(merge_pair, annals, parts[i], parts[i + 1])
                   for i in range(0, len(parts) - 1, 2)]
            if len(parts) % 2:
                nxt.append(parts[-1])
            parts = nxt
        result = parts[0].result()
        workers = len(client.scheduler_info()["workers"])
    wall = time.monotonic() - t0
    if result != single:
        print("dask_merge: FAIL: the distributed result differs from one extract")
        return 1
    print(f"dask_merge: {len(lines)} documents in {len(shards)} shards on "
          f"{workers} workers: same bytes as one process "
          f"({len(single)} bytes), wall {wall:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
