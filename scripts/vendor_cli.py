"""Run every agent command of the vendor's CLI (npm ``weshop-cli``) against ``weshop mock``.

    python scripts/vendor_cli.py --cli PATH/node_modules/weshop-cli [--json report.json]
                                 [--base-url URL --api-key KEY] [--image-url URL]

(``./scripts/nox -s vendor_cli`` installs ``weshop-cli@0.2.22`` and runs this.) Each command
gets its required options only — a local PNG for ``--image`` (so uploads are exercised), a
URL for ``--video``, a prompt, and a documented value for the few required enums — and
counts as a success when it exits 0 with a ``Success`` run. For every result the CLI prints
as a video, the file is downloaded and must be ``video/mp4`` that a decoder (PyAV) opens.
Prints one line per command and the totals; exits 1 unless every command succeeded.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx
from PIL import Image

from weshop.mock import MockServer

#: Test values for the vendor's required options (its own documented examples).
REQUIRED_VALUES: dict[str, list[str]] = {
    "--prompt": ["a calm scene, soft light"],
    "--video": ["https://cdn.example.com/clip.mp4"],
    "--mask-type": ["autoSubjectSegment"],
    "--generation-mode": ["freeCreation"],
    "--width": ["2048"],
    "--height": ["2048"],
    "--gen-version": ["weshopFlash"],
    "--prompt-mode": ["auto"],
}
NOT_AGENTS = {"upload", "status", "info"}


@dataclass
class Outcome:
    command: str
    ok: bool
    videos: int = 0
    playable_videos: int = 0
    detail: str = ""
    argv: list[str] = field(default_factory=list)


def _required_options(source: str) -> list[str]:
    return re.findall(r'\.requiredOption\("(--[a-z0-9-]+)', source)


def _argv(command: str, source: str, image: Path | str) -> list[str]:
    argv = [command]
    exactly = re.search(r"[Ee]xactly (\d+) images", source)
    for option in _required_options(source):
        if option == "--image":
            argv += ["--image", *[str(image)] * (int(exactly.group(1)) if exactly else 1)]
        else:
            argv += [option, *REQUIRED_VALUES[option]]
    if command in ("aimodel", "aiproduct") and "--prompt" not in argv:
        argv += ["--prompt", "street style, morning light"]  # at least one reference
    if command == "removebg":
        argv += ["--bg-hex", "#ffffff"]  # at least one of --bg-hex / --bg-id
    return argv


def _playable(url: str) -> bool:
    response = httpx.get(url, timeout=30)
    if response.status_code != 200 or response.headers.get("content-type") != "video/mp4":
        return False
    try:
        import av
    except ImportError:  # no decoder installed: the container signature must do
        return response.content[4:8] == b"ftyp"
    with av.open(io.BytesIO(response.content)) as container:
        return sum(1 for _ in container.decode(video=0)) > 0


def _run(cli: Path, command: str, env: dict[str, str], image: Path | str) -> Outcome:
    source = (cli / "dist" / "commands" / f"{command}.js").read_text(encoding="utf-8")
    argv = _argv(command, source, image)
    try:
        done = subprocess.run(
            ["node", str(cli / "dist" / "index.js"), *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Outcome(command, False, detail="timed out after 120 s", argv=argv)
    output = done.stdout + done.stderr
    ok = done.returncode == 0 and "status: Success" in output and "[error]" not in output
    videos = re.findall(r"^  video\[\d+\]:\n    status: \w+\n    url: (\S+)", output, re.M)
    playable = sum(1 for url in videos if _playable(url))
    detail = "" if ok else output.strip().splitlines()[-1][:200] if output.strip() else "no output"
    return Outcome(command, ok and playable == len(videos), len(videos), playable, detail, argv)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", type=Path, required=True, help="node_modules/weshop-cli")
    parser.add_argument("--json", type=Path, help="write the outcomes here")
    parser.add_argument("--jobs", type=int, default=12)
    parser.add_argument(
        "--base-url",
        help="send the commands here (e.g. a validating proxy in front of a mock) instead of "
        "to a mock started for the run",
    )
    parser.add_argument("--api-key", default="vendor-cli-test-key", help="the key the CLI sends")
    parser.add_argument(
        "--image-url",
        help="give the commands this image URL instead of a local file (then nothing is uploaded)",
    )
    args = parser.parse_args(argv)
    index = (args.cli / "dist" / "index.js").read_text(encoding="utf-8")
    imported = dict(re.findall(r'import \{ (\w+) \} from "\./commands/([^"]+)\.js"', index))
    commands = sorted(
        stem
        for var, stem in imported.items()
        if f"addCommand({var})" in index and stem not in NOT_AGENTS
    )
    own_mock = contextlib.nullcontext() if args.base_url else MockServer(speed=1000)
    with tempfile.TemporaryDirectory() as tmp, own_mock as mock:
        image = Path(tmp) / "person.png"
        Image.new("RGB", (768, 1024), (180, 140, 120)).save(image)
        env = {
            **os.environ,
            "WESHOP_BASE_URL": args.base_url or (mock.base_url if mock else ""),
            "WESHOP_API_KEY": args.api_key,
            "HOME": tmp,  # the CLI's upload cache lives under $HOME
        }
        with ThreadPoolExecutor(args.jobs) as pool:
            source = args.image_url or image
            outcomes = list(pool.map(lambda c: _run(args.cli, c, env, source), commands))
    for outcome in outcomes:
        mark = "ok  " if outcome.ok else "FAIL"
        videos = (
            f" videos {outcome.playable_videos}/{outcome.videos} playable" if outcome.videos else ""
        )
        print(f"{mark} {outcome.command}{videos} {outcome.detail}".rstrip())
    succeeded = sum(o.ok for o in outcomes)
    video_commands = [o for o in outcomes if o.videos]
    print(
        f"\n{succeeded} of {len(outcomes)} vendor CLI agent commands succeeded; "
        f"{len(video_commands)} got videos, "
        f"{sum(o.playable_videos == o.videos for o in video_commands)} of them all playable"
    )
    if args.json:
        args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=2) + "\n")
    return 0 if succeeded == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
