"""Write ``weshop/mock/assets/result.mp4``: the small, playable video the mock serves as
every video result (H.264 in MP4, 64x64, 1 s at 8 fps, a colour bar sweeping across).

Maintenance only — the mock reads the committed file and needs no video library. Run with
PyAV installed (``pip install av``; its wheels carry FFmpeg and libx264)::

    python scripts/make_sample_video.py
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

OUTPUT = Path(__file__).resolve().parent.parent / "weshop" / "mock" / "assets" / "result.mp4"
SIZE, FPS, FRAMES = 64, 8, 8


def main() -> None:
    with av.open(str(OUTPUT), "w", format="mp4", options={"movflags": "+faststart"}) as out:
        stream = out.add_stream("libx264", rate=FPS, options={"crf": "30", "preset": "veryslow"})
        stream.width = stream.height = SIZE
        stream.pix_fmt = "yuv420p"
        for index in range(FRAMES):
            frame = np.full((SIZE, SIZE, 3), (40, 90, 160), dtype=np.uint8)
            left = index * SIZE // FRAMES
            frame[:, left : left + SIZE // 4] = (250, 200, 40)
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    print(f"{OUTPUT}: {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
