"""One wrk run, parsed: the load generator every page benchmark here uses (wrk -t2 -c16, as PERFORMANCE.md says)."""

import re
import subprocess


def wrk(url, duration, headers=()):
    """(requests per second, p50, p99, non-2xx/3xx count) of `duration` seconds of load on `url`."""
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{duration}s", "--latency", *headers, url], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+\w+)", out).group(1)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p50, p99, int(non_2xx.group(1)) if non_2xx else 0
