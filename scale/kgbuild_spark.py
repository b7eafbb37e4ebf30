#!/usr/bin/env python3
"""kgbuild under Apache Spark: `kgbuild extract` as the map step, `kgbuild merge` as the reduce step.

Reads a JSON Lines corpus, numbers its lines (so article ids and the merge order are those of reading the
whole file), pipes each partition through `kgbuild extract --numbered` with RDD.pipe, saves the extraction
lines as a text folder, then runs `kgbuild merge` on that folder on the driver. The merged graph is
byte-identical to `kgbuild CORPUS -o graph.graphml` run in one process.

Local mode (binary built with `swift build -c release`):

    python3 scale/kgbuild_spark.py corpus.jsonl --out /tmp/run --master 'local[2]' \
        --kgbuild .build/release/kgbuild -- -o /tmp/run/graph.graphml

Cluster (ship the binary with --files; build it with --static-swift-stdlib so executors need no Swift):

    spark-submit --master yarn --deploy-mode client --files .build/release/kgbuild \
        scale/kgbuild_spark.py hdfs:///corpus/articles.jsonl --name articles.jsonl \
        --out hdfs:///runs/kg1 --kgbuild kgbuild
    hdfs dfs -cat '/runs/kg1/extract/part-*' | .build/release/kgbuild merge - -o graph.graphml

See README.md, "Past one machine".
"""
import argparse
import os
import subprocess
import sys
import time


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="Arguments after '--' go to 'kgbuild merge' (e.g. -- -o graph.gexf --view actors).")
    ap.add_argument("corpus", help="JSON Lines corpus (a path or URI Spark can read)")
    ap.add_argument("--out", required=True, help="run folder: OUT/extract/ gets the extraction lines")
    ap.add_argument("--kgbuild", default="kgbuild",
                    help="the kgbuild binary: a path (local mode, or the same path on every node), "
                         "or the file name shipped with spark-submit --files")
    ap.add_argument("--name", help="the corpus path as 'kgbuild build' names it (article paths and ids); "
                                   "default: CORPUS as given")
    ap.add_argument("--ontology", help="ontology folder: a path, or the alias of an --archives entry on a cluster")
    ap.add_argument("--unnamed-sources", action="store_true", help="passed to kgbuild extract")
    ap.add_argument("--master", help="Spark master when not run by spark-submit (e.g. 'local[2]')")
    ap.add_argument("--partitions", type=int, help="minimum number of input partitions")
    ap.add_argument("--no-merge", action="store_true", help="stop after writing the extraction lines")
    args, rest = ap.parse_known_args(argv)
    if rest and rest[0] == "--":
        rest = rest[1:]
    args.merge_args = rest
    return args


def is_local_path(uri):
    return "://" not in uri or uri.startswith("file://")


def local_path(uri):
    return uri[len("file://"):] if uri.startswith("file://") else uri


def main(argv):
    args = parse_args(argv)
    from pyspark import SparkConf, SparkContext, SparkFiles

    conf = SparkConf().setAppName("kgbuild")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    local_master = sc.master.startswith("local")

    # The binary as the workers run it. Local mode: a file on this machine (or what --files put in the
    # driver's SparkFiles folder). Cluster: an absolute path installed on every node, or a file shipped
    # with --files, which Spark puts in each executor's working folder.
    shipped = os.path.basename(args.kgbuild)
    if os.path.exists(args.kgbuild):
        driver_binary = os.path.abspath(args.kgbuild)
    else:
        driver_binary = SparkFiles.get(shipped)
    if local_master or os.path.isabs(args.kgbuild):
        worker_binary = driver_binary if local_master else args.kgbuild
    else:
        worker_binary = "./" + shipped
    ontology = None
    if args.ontology:
        ontology = os.path.abspath(args.ontology) if (local_master and os.path.exists(args.ontology)) else args.ontology

    name = args.name or args.corpus
    extract = [worker_binary, "extract", "--numbered", "--stdin-path", name, "-q", "-j", "1"]
    if ontology:
        extract += ["--ontology", ontology]
    if args.unnamed_sources:
        extract += ["--unnamed-sources"]
    extract += ["-"]

    started = time.time()
    lines = sc.textFile(args.corpus, args.partitions) if args.partitions else sc.textFile(args.corpus)
    # 1-based line numbers over the whole file: what `kgbuild build` would call each record
    numbered = lines.zipWithIndex().map(lambda t: "%d\t%s" % (t[1] + 1, t[0]))
    # RDD.pipe splits the command with shlex: quote each word
    import shlex
    command = " ".join(shlex.quote(w) for w in extract)
    extracted = numbered.pipe(command, env={"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
                              checkCode=True)
    out_dir = args.out.rstrip("/") + "/extract"
    if is_local_path(out_dir) and os.path.exists(local_path(out_dir)):
        sc.stop()
        print("kgbuild_spark: %s exists; remove it or choose another --out" % out_dir, file=sys.stderr)
        return 2
    extracted.saveAsTextFile(out_dir)
    extract_secs = time.time() - started
    records = sc.textFile(out_dir).count()
    sc.stop()
    print("kgbuild_spark: %d extraction lines in %s (%.1f s)" % (records, out_dir, extract_secs), file=sys.stderr)

    if args.no_merge:
        return 0
    if not is_local_path(out_dir):
        print("kgbuild_spark: merge with: hdfs dfs -cat '%s/part-*' | kgbuild merge - -o graph.graphml" % out_dir,
              file=sys.stderr)
        return 0
    merge = [driver_binary, "merge", local_path(out_dir)]
    if ontology:
        merge += ["--ontology", ontology]
    merge += args.merge_args or ["-o", local_path(args.out.rstrip("/")) + "/graph.graphml"]
    started = time.time()
    rc = subprocess.call(merge)
    print("kgbuild_spark: merge exit %d (%.1f s)" % (rc, time.time() - started), file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
