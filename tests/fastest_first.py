"""pytest plugin for `make mutation`: a mutant's covering tests run fastest first.

mutmut runs the tests that cover a mutant with `-x`, so a killed mutant costs as long as the tests
before the first that fails. It passes them in no useful order; this puts the quickest (by the
durations mutmut measured in its stats pass, mutants/mutmut-stats.json) first. Tests it has no
duration for (new ones) come first too. Without that file (any ordinary run) it does nothing.

Loaded through the environment (`PYTEST_PLUGINS=tests.fastest_first`, as the Makefile does), not
in setup.cfg: mutmut discards all its results when its pytest arguments change.
"""

import json
import pathlib


def pytest_collection_modifyitems(session, config, items):
    stats = pathlib.Path(config.rootpath) / "mutmut-stats.json"
    if not stats.exists():
        return
    duration = json.loads(stats.read_text())["duration_by_test"]
    items.sort(key=lambda item: duration.get(item.nodeid, 0.0))
