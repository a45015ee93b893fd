"""Outputs named by a device or a pipe are written to, never replaced by a renamed file."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from geostrike.exceptions import OutputError
from geostrike.export import OutputSet, write_atomic


def test_write_atomic_writes_into_a_named_pipe_and_keeps_it_a_pipe(tmp_path):
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_atomic(fifo, '{"id": "a"}\n')
    reader.join(timeout=10)
    assert got == ['{"id": "a"}\n']
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # a rename would have made it a plain file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_an_output_set_refuses_a_pipe_rather_than_replace_it(tmp_path):
    fifo = tmp_path / "map.html"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        with OutputSet() as outputs:
            outputs.temp(fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
