#!/usr/bin/env python3
"""The public reference for datanet_import_bench: what a person would write to store an Alpaca
JSONL file with Python's standard library alone - parse each line (json), hash its canonical form
(BLAKE2b-256), insert it into plain, unencrypted SQLite in one transaction, with a unique index on
the hash so duplicates are refused, and commit. No signatures, no near-duplicate detection, no
search index, no encryption: everything Flywheel's import does beyond that is extra work.

Usage: plain_import.py FILE.jsonl DB_PATH  -> prints "records N seconds S" on stdout.
"""
import hashlib
import json
import sqlite3
import sys
import time


def main():
    source, db_path = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE records(id INTEGER PRIMARY KEY, content TEXT NOT NULL, "
               "content_hash BLOB NOT NULL UNIQUE, created_at INTEGER NOT NULL)")
    count = 0
    now = int(time.time() * 1000)
    with open(source, "rb") as f, db:
        for line in f:
            record = json.loads(line)
            canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            digest = hashlib.blake2b(canonical.encode("utf-8"), digest_size=32).digest()
            db.execute("INSERT OR IGNORE INTO records(content, content_hash, created_at) VALUES(?, ?, ?)",
                       (canonical, digest, now))
            count += 1
    db.close()
    print(f"records {count} seconds {time.perf_counter() - start:.4f}")


if __name__ == "__main__":
    main()
