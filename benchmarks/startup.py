"""Scenario 5 — cold start, in a clean environment holding only the built wheel.

Issue 21's goal: ``import weshop`` plus the first locally validated catalog request (agent
kling, a request the facade refuses, nothing sent) within 1.5 x ``import httpx``.

The wheel is built from this checkout (``uv build``, else ``pip wheel``) into a temporary
directory and installed — bytecode compiled, as pip does — into a new virtual environment
with no extras: no compiled validator, and no httpx command line (click, rich, pygments),
which would otherwise be imported by ``import httpx`` and inflate the baseline (checked).
Each measurement is a fresh interpreter of that environment that times its own work
(interpreter start-up excluded) in wall time and in CPU time (``time.process_time``: less
disturbed by other processes on a shared machine); the two programs alternate, and the
medians are compared. ``python -X importtime`` then names the largest contributors.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._common import ROOT, Check, ScenarioResult, median, rounded

GOAL = 1.5

#: Both programs print "<wall seconds> <cpu seconds>" of their own work.
_TIMER = "import time; _w, _c = time.perf_counter(), time.process_time()\n"
_REPORT = "print(time.perf_counter() - _w, time.process_time() - _c)\n"
IMPORT_HTTPX = _TIMER + "import httpx\n" + _REPORT
IMPORT_WESHOP = _TIMER + "import weshop\n" + _REPORT
#: ``import weshop`` and the first catalog run the facade refuses locally: kling offers
#: 3 s only with Kling_3_0 (rule kling-duration). Nothing is sent (the port is closed).
COLD_REQUEST = (
    _TIMER
    + """import weshop
client = weshop.WeShop(api_key="sk-bench", base_url="http://127.0.0.1:9")
try:
    client.runs.create(
        "kling",
        images=["https://example.com/a.png"],
        params={"textDescription": "walk", "modelName": "Kling_2_6", "duration": "3s"},
    )
except weshop.RequestValidationError as refused:
    assert "kling-duration" in str(refused), refused
else:
    raise SystemExit("the request was not refused")
"""
    + _REPORT
)


#: What must not be in the clean environment: httpx's command line (imported by ``import
#: httpx`` when installed) and the compiled validator (the ``fast`` extra).
_EXTRAS_PRESENT = """import importlib.util, sys
import httpx
found = {"click", "rich", "pygments"} & set(sys.modules)
if importlib.util.find_spec("jsonschema_rs") is not None:
    found.add("jsonschema_rs")
print(sorted(found))
"""


def _run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=True, **kwargs)


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


def clean_environment(directory: Path) -> Path:
    """Build the wheel and install it alone into a new environment; its Python."""
    wheels = directory / "wheel"
    venv = directory / "venv"
    uv = _tool("uv")
    if uv is not None:
        _run([uv, "build", "--wheel", "-q", "-o", str(wheels), str(ROOT)])
        _run([uv, "venv", "-q", "-p", sys.executable, str(venv)])
    else:
        _run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)]
        )
        _run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    (wheel,) = wheels.glob("weshop-*.whl")
    if uv is not None:
        _run(
            [uv, "pip", "install", "-q", "--compile-bytecode", "--python", str(python), str(wheel)]
        )
    else:
        _run([str(python), "-m", "pip", "install", "-q", str(wheel)])
    return python


def _timed(python: Path, code: str) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = _run([str(python), "-c", code], cwd=tempfile.gettempdir(), env=env).stdout
    wall, cpu = out.split()[-2:]
    return float(wall), float(cpu)


def _importtime(python: Path, code: str, top: int) -> dict[str, Any]:
    """``-X importtime`` of ``code``: the modules with the most self time."""
    stderr = _run([str(python), "-X", "importtime", "-c", code], cwd=tempfile.gettempdir()).stderr
    rows: list[tuple[int, str]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _, name = line.removeprefix("import time:").split("|", 2)
        rows.append((int(self_us), name.strip()))
    rows.sort(reverse=True)
    return {
        "modules": len(rows),
        "self_ms_total": round(sum(us for us, _ in rows) / 1000, 2),
        "top_self_ms": [{"module": name, "ms": round(us / 1000, 2)} for us, name in rows[:top]],
    }


def run(quick: bool) -> ScenarioResult:
    repetitions = 7 if quick else 21
    result = ScenarioResult("startup", "Cold start in a clean environment (only the wheel)")
    with tempfile.TemporaryDirectory(prefix="weshop-bench-startup-") as directory:
        python = clean_environment(Path(directory))
        extras = _run([str(python), "-c", _EXTRAS_PRESENT]).stdout.strip()
        programs = {"httpx": IMPORT_HTTPX, "weshop": IMPORT_WESHOP, "cold": COLD_REQUEST}
        for code in programs.values():  # warm the file system cache; not measured
            _timed(python, code)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
        for index in range(repetitions):
            names = list(programs) if index % 2 == 0 else list(reversed(programs))
            for name in names:
                times[name].append(_timed(python, programs[name]))
        imports = _importtime(python, COLD_REQUEST.replace(_REPORT, ""), 12)

    def med(name: str, which: int) -> float:
        return median([sample[which] for sample in times[name]])

    httpx_wall, httpx_cpu = med("httpx", 0), med("httpx", 1)
    cold_wall, cold_cpu = med("cold", 0), med("cold", 1)
    weshop_wall, weshop_cpu = med("weshop", 0), med("weshop", 1)
    result.figures = {
        "repetitions": repetitions,
        "environment": "a new venv holding only the built wheel, bytecode compiled",
        "httpx_cli_or_fast_extra_present": extras,
        "import_httpx_ms": {
            "wall": rounded(httpx_wall * 1000, 2),
            "cpu": rounded(httpx_cpu * 1000, 2),
        },
        "import_weshop_ms": {
            "wall": rounded(weshop_wall * 1000, 2),
            "cpu": rounded(weshop_cpu * 1000, 2),
        },
        "cold_request_ms": {
            "wall": rounded(cold_wall * 1000, 2),
            "cpu": rounded(cold_cpu * 1000, 2),
        },
        "ratio_cold_request_wall": rounded(cold_wall / httpx_wall, 3),
        "ratio_cold_request_cpu": rounded(cold_cpu / httpx_cpu, 3),
        "ratio_import_wall": rounded(weshop_wall / httpx_wall, 3),
        "samples_ms": {
            name: [[rounded(w * 1000, 2), rounded(c * 1000, 2)] for w, c in samples]
            for name, samples in times.items()
        },
        "importtime_cold_request": imports,
    }
    goal = f"<= {GOAL} x import httpx"
    result.checks += [
        Check(
            "cold start: import weshop + first refused kling request (CPU)",
            f"{cold_cpu * 1000:.1f} ms",
            f"{httpx_cpu * 1000:.1f} ms (import httpx)",
            cold_cpu / httpx_cpu,
            goal,
            cold_cpu / httpx_cpu <= GOAL,
        ),
        Check(
            "cold start: import weshop + first refused kling request (wall)",
            f"{cold_wall * 1000:.1f} ms",
            f"{httpx_wall * 1000:.1f} ms (import httpx)",
            cold_wall / httpx_wall,
            goal,
            cold_wall / httpx_wall <= GOAL,
        ),
        Check(
            "import weshop (wall)",
            f"{weshop_wall * 1000:.1f} ms",
            f"{httpx_wall * 1000:.1f} ms (import httpx)",
            weshop_wall / httpx_wall,
        ),
    ]
    if extras != "[]":
        result.notes.append(f"the clean environment is not clean: {extras} present")
    return result


# --------------------------------------------------------------------------- CLI help
# Issue 21, item 1: ``weshop --help`` and ``weshop run kling --help`` ≤ 2x ``python -c
# "import httpx"``, in a clean environment holding only the built wheel (no extras: so
# httpx does not import its own CLI, which would inflate the baseline). Whole processes
# (interpreter start-up included, as a user waits for them), alternating, medians compared.

#: The commands timed against the baseline, by label.
CLI_HELP_COMMANDS: dict[str, tuple[str, ...]] = {
    "weshop --help": ("--help",),
    "weshop run kling --help": ("run", "kling", "--help"),
}
CLI_HELP_GOAL = 2.0


def _process_seconds(command: Sequence[str], cwd: Path) -> tuple[float, float]:
    """Wall time of one process, start to exit, and the CPU time it used (user + system,
    its own and its children's: less disturbed by other processes on a shared machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, capture_output=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def cli_help_timings(
    python: Path, repetitions: int, cwd: Path
) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds per run of the baseline and of each help command, interleaved
    (the order rotates so that drift of a noisy machine spreads over all of them)."""
    commands: dict[str, list[str]] = {"import httpx": [str(python), "-c", "import httpx"]}
    for label, arguments in CLI_HELP_COMMANDS.items():
        commands[label] = [str(python), "-m", "weshop", *arguments]
    for command in commands.values():  # warm the file system cache and write .pyc files
        _process_seconds(command, cwd)
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    labels = list(commands)
    for index in range(repetitions):
        shift = index % len(labels)
        for label in labels[shift:] + labels[:shift]:
            times[label].append(_process_seconds(commands[label], cwd))
    return times


def run_cli_help(quick: bool) -> ScenarioResult:
    """The ``cli_startup`` scenario: the help commands against ``import httpx``, in CPU
    time (the check) and wall time."""
    repetitions = 5 if quick else 15
    result = ScenarioResult(
        "cli_startup", "CLI start-up: weshop --help vs import httpx (clean wheel env)"
    )
    with tempfile.TemporaryDirectory(prefix="weshop-cli-startup-") as tmp:
        workdir = Path(tmp)
        python = clean_environment(workdir)
        extras = subprocess.run(
            [str(python), "-c", "import httpx, sys; print('rich' in sys.modules)"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        times = cli_help_timings(python, repetitions, workdir)
    base_wall = median([wall for wall, _ in times["import httpx"]])
    base_cpu = median([cpu for _, cpu in times["import httpx"]])
    result.figures = {
        "repetitions": repetitions,
        "httpx_imported_its_cli_extras": extras == "True",
        "import_httpx_process_ms_median": rounded(base_wall * 1000, 2),
        "import_httpx_process_cpu_ms_median": rounded(base_cpu * 1000, 2),
    }
    for label in CLI_HELP_COMMANDS:
        wall = median([w for w, _ in times[label]])
        cpu = median([c for _, c in times[label]])
        key = label.removeprefix("weshop ").replace("--help", "help").replace(" ", "_")
        result.figures[f"{key}_process_ms_median"] = rounded(wall * 1000, 2)
        result.figures[f"{key}_wall_ratio"] = rounded(wall / base_wall, 3)
        result.figures[f"{key}_process_cpu_ms_median"] = rounded(cpu * 1000, 2)
        result.figures[f"{key}_cpu_ratio"] = rounded(cpu / base_cpu, 3)
        result.figures[f"{key}_ms_all"] = [rounded(w * 1000, 2) for w, _ in times[label]]
        result.checks.append(
            Check(
                f"{label} (CPU)",
                f"{cpu * 1000:.1f} ms",
                f"{base_cpu * 1000:.1f} ms (python -c 'import httpx')",
                cpu / base_cpu,
                f"≤ {CLI_HELP_GOAL:g}x",
                cpu / base_cpu <= CLI_HELP_GOAL,
            )
        )
        result.checks.append(
            Check(
                f"{label} (wall)",
                f"{wall * 1000:.1f} ms",
                f"{base_wall * 1000:.1f} ms",
                wall / base_wall,
            )
        )
    return result
