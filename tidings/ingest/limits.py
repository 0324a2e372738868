"""Size limits shared by the readers."""

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # one file (or one JSONL line / WARC record)
