"""One line of progress in the terminal, rewritten in place: tiles done of
all, cameras audited, failures, time spent and left."""

import sys
import time


class ProgressLine:
    def __init__(self, total, label, stream=None, width=30):
        self.total, self.label, self.width = total, label, width
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()
        self.done = self.failed = self.cameras = 0

    def update(self, cameras=0, failed=False):
        self.done += 1
        self.failed += int(failed)
        self.cameras += cameras
        self.show()

    def show(self):
        # Not a terminal (a log file): one line per tenth of the work.
        tty = getattr(self.stream, "isatty", lambda: False)()
        step = max(1, self.total // 10)
        if not tty and self.done % step and self.done < self.total:
            return
        elapsed = time.perf_counter() - self.started
        share = self.done / self.total if self.total else 1.0
        left = elapsed / share - elapsed if share else 0.0
        bar = "#" * int(self.width * share) + "-" * (self.width - int(self.width * share))
        end = "\n" if self.done >= self.total or not tty else ""
        self.stream.write(
            f"{chr(13) if tty else ''}{self.label} [{bar}] {self.done}/{self.total}, "
            f"{self.cameras:,} cameras, "
            f"{self.failed} failed, {elapsed:.0f} s, ~{left:.0f} s left{end}"
        )
        self.stream.flush()
