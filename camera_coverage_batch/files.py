"""Files written so that a reader never sees half of one: a worker killed
while writing leaves a temporary file behind, never a truncated result."""

import hashlib
import json
import os
import uuid
from pathlib import Path


def temporary_beside(path):
    """A name in the same folder (so the rename stays on one file system),
    unique per attempt (a retried task never writes into another's file)."""
    path = Path(path)
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def write_atomic(path, write, root=None):
    """Call write(temporary path), then rename it onto `path`. With `root`
    (a folder that holds `path`), a root removed meanwhile is never made
    again: a task still running when its job was stopped and cleared
    fails instead of leaving a folder behind."""
    path = Path(path)
    if root is not None and not Path(root).is_dir():
        raise FileNotFoundError(f"{root} was removed: the job writing into it was stopped.")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_beside(path)
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


def write_json(path, data):
    write_atomic(
        path,
        lambda tmp: Path(tmp).write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8"),
    )


def read_json(path):
    return json.loads(Path(path).read_text("utf-8"))


def file_digest(path):
    """SHA-256 of a file's bytes, read by blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
