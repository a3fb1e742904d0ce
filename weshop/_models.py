"""What the facade returns: runs, their results, estimates and tasks (agent presets and
your own fashion models / locations are in :mod:`weshop._presets`, re-exported here).

The data classes are frozen and built by pure functions from the generated models.
``Run`` (from :class:`~weshop.WeShop`) and ``AsyncRun`` (from
:class:`~weshop.AsyncWeShop`) carry the same data (:class:`RunBase`) and differ only in
``download``: ``run.download(dir)`` versus ``await run.download(dir)``. Both stream the
results to disk with a plain GET that never carries the API key.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, Protocol, Self, TypedDict, TypeVar
from urllib.parse import urlsplit

from . import _generated as gen
from ._presets import AgentInfo, CustomFashionModel, CustomLocation  # re-exported
from ._serializable import Serializable
from ._serializable import opt as _opt

if TYPE_CHECKING:
    from weshop_openapi.models import (
        Execution,
        ResultItem,
        RunCreated,
        RunData,
    )
    from weshop_openapi.models import PowerEstimate as GeneratedPowerEstimate

__all__ = [
    "AgentInfo",
    "AsyncRun",
    "CustomFashionModel",
    "CustomLocation",
    "DownloadTarget",
    "PowerEstimate",
    "Run",
    "RunBase",
    "RunResult",
    "TaskInfo",
]

_T = TypeVar("_T")
RunT = TypeVar("RunT", bound="RunBase")

#: Where a run read from an answer keeps the generated model its ``raw`` is made from.
_RAW_SOURCE: Final = "_raw_source"

#: Run statuses after which nothing changes.
TERMINAL_STATUSES = frozenset({"Success", "Failed"})
_MEDIA_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".webp", ".gif", ".mp4", ".mov", ".webm", ".m4v"}
)
_CONTENT_TYPE_SUFFIXES: Mapping[str, str] = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
}


def parse_progress(value: object) -> float | None:
    """A result's progress as a fraction 0..1 (``0.71``, ``"0.71"``, ``"71%"``, ``71``)."""
    if value is None or isinstance(value, (bool, gen.types.Unset)):
        return None
    text = str(value).strip()
    percent = text.endswith("%")
    try:
        number = float(text.rstrip("%"))
    except ValueError:
        return None
    if number != number:  # NaN
        return None
    if percent or number > 1.0:
        number /= 100.0
    return min(max(number, 0.0), 1.0)


# --------------------------------------------------------------------------- runs
@dataclass(frozen=True)
class RunResult(Serializable):
    """One output of a run: an image, or a video (with poster and last frame)."""

    status: str
    image: str | None = None
    video: str | None = None
    video_poster: str | None = None
    last_frame: str | None = None
    progress: float | None = None
    error: str | None = None
    #: The output as the service sent it, fields the spec does not know yet included.
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def url(self) -> str | None:
        """The output's URL: the image, else the video."""
        return self.image or self.video

    @classmethod
    def from_generated(cls, item: ResultItem) -> RunResult:
        return cls(
            status=str(item.status),
            image=_opt(item.image),
            video=_opt(item.video),
            video_poster=_opt(item.video_poster),
            last_frame=_opt(item.last_frame),
            progress=parse_progress(_opt(item.progress)),
            error=_opt(item.error),
            raw=item.to_dict(),
        )


class RunFields(TypedDict):
    """The data of a run, as parsed from an answer (see :class:`RunBase`)."""

    execution_id: str
    status: str
    results: tuple[RunResult, ...]
    error: str | None
    task_id: str | None
    agent_name: str | None
    agent_version: str | None
    execution_time: str | None
    params: Mapping[str, Any]
    power_consumption: float | None
    power_balance: float | None
    idempotency_key: str | None
    raw: Mapping[str, Any]
    request_id: str | None


@dataclass(frozen=True, kw_only=True)
class RunBase(Serializable):
    """A run as last read: status, progress and results (data only).

    ``status`` is one of ``Pending``, ``Segmenting``, ``Running``, ``Success``,
    ``Failed``. A run just created reads ``Pending`` until it is polled.
    """

    execution_id: str
    status: str
    results: tuple[RunResult, ...] = ()
    error: str | None = None
    task_id: str | None = None
    agent_name: str | None = None
    agent_version: str | None = None
    execution_time: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)
    #: Power (credits) charged and left, as reported when the run was created.
    power_consumption: float | None = None
    power_balance: float | None = None
    #: The Idempotency-Key the run was created with (pass it again to re-attach).
    idempotency_key: str | None = None
    #: The execution as the service sent it (the creation answer for a run just
    #: created), fields the spec does not know yet included: the escape hatch for what
    #: the spec gained before the facade did.
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: The ``X-Request-Id`` of the answer this run was read from, if it had one (quote
    #: it to WeShop support).
    request_id: str | None = field(default=None, compare=False)

    _nested: ClassVar[Mapping[str, Callable[[Any], Any]]] = {
        "results": lambda item: RunResult.from_dict(item)
    }

    if not TYPE_CHECKING:  # (a __getattr__ would hide every misspelt attribute from mypy)

        def __getattr__(self, name: str) -> Any:
            # ``raw`` of a run read from an answer is the generated model's wire form, made
            # when first asked for: most runs read while polling never need it.
            source = self.__dict__.get(_RAW_SOURCE)
            if name == "raw" and source is not None:
                raw = self.__dict__["raw"] = source.to_dict()
                return raw
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def done(self) -> bool:
        """Whether the run reached a terminal status (``Success`` or ``Failed``)."""
        return self.status in TERMINAL_STATUSES

    @property
    def succeeded(self) -> bool:
        return self.status == "Success"

    @property
    def failed(self) -> bool:
        return self.status == "Failed"

    @property
    def images(self) -> list[str]:
        """URLs of the result images."""
        return [result.image for result in self.results if result.image]

    @property
    def videos(self) -> list[str]:
        """URLs of the result videos (video agents)."""
        return [result.video for result in self.results if result.video]

    @property
    def reported_progress(self) -> float | None:
        """The progress the service reported (mean over results), or ``None`` if none did."""
        if self.status == "Success":
            return 1.0
        values = [
            1.0 if result.status in TERMINAL_STATUSES else result.progress
            for result in self.results
        ]
        known = [value for value in values if value is not None]
        if not known:
            return None
        return sum(known) / len(values)

    @property
    def slowest_progress(self) -> float | None:
        """The least progress among the outputs (``None`` if none reported any): the run
        finishes with its slowest output, so polling predicts from this."""
        if self.status == "Success":
            return 1.0
        values = [
            1.0 if result.status in TERMINAL_STATUSES else result.progress
            for result in self.results
        ]
        known = [value for value in values if value is not None]
        return min(known) if known else None

    @property
    def progress(self) -> float:
        """Progress as a fraction 0..1 (1.0 once done; 0.0 when nothing was reported)."""
        if self.done:
            return 1.0
        reported = self.reported_progress
        return 0.0 if reported is None else reported

    @classmethod
    def from_fields(cls, fields: RunFields, files: object = None) -> Self:
        """The run ``fields`` describe (every field; parsed from an answer), its downloads
        done by ``files``. Equal to ``cls(**fields, _files=files)``, but filled in
        directly: a frozen dataclass's ``__init__`` sets each of the 14 fields through
        ``object.__setattr__``, and this is the hot path of every read of a run."""
        return _filled(cls, files, fields)

    def with_creation(self, created: RunBase) -> Self:
        """This (polled) run with what only its creation answer told: task id, power
        consumed and left, idempotency key."""
        return dataclasses.replace(
            self,
            task_id=self.task_id or created.task_id,
            power_consumption=created.power_consumption,
            power_balance=created.power_balance,
            idempotency_key=created.idempotency_key,
        )

    def fields(self) -> RunFields:
        return RunFields(
            execution_id=self.execution_id,
            status=self.status,
            results=self.results,
            error=self.error,
            task_id=self.task_id,
            agent_name=self.agent_name,
            agent_version=self.agent_version,
            execution_time=self.execution_time,
            params=self.params,
            power_consumption=self.power_consumption,
            power_balance=self.power_balance,
            idempotency_key=self.idempotency_key,
            raw=self.raw,
            request_id=self.request_id,
        )

    def download_targets(self, directory: str | Path) -> list[DownloadTarget]:
        """Where each output goes: ``<directory>/<execution_id>-<i><suffix>`` for result
        ``i`` (``-<i>-video`` for a video beside an image)."""
        folder = Path(directory).expanduser()
        stem = re.sub(r"[^A-Za-z0-9._-]", "_", self.execution_id).strip(".") or "run"
        targets: list[DownloadTarget] = []
        for index, result in enumerate(self.results):
            if result.image:
                name = f"{stem}-{index}"
                targets.append(
                    DownloadTarget(result.image, folder / name, url_suffix(result.image))
                )
            if result.video:
                name = f"{stem}-{index}-video" if result.image else f"{stem}-{index}"
                targets.append(
                    DownloadTarget(result.video, folder / name, url_suffix(result.video))
                )
        return targets


def url_suffix(url: str) -> str | None:
    """A media file suffix from a URL's path (``.png``...), if it has a known one."""
    suffix = Path(urlsplit(url).path).suffix.lower()
    return suffix if suffix in _MEDIA_SUFFIXES else None


def content_type_suffix(content_type: str | None) -> str:
    """A file suffix for a ``Content-Type`` (``.bin`` if unknown)."""
    kind = (content_type or "").split(";")[0].strip().lower()
    return _CONTENT_TYPE_SUFFIXES.get(kind, ".bin")


@dataclass(frozen=True)
class DownloadTarget:
    """One result to download: its URL, the path without suffix, and the suffix if known."""

    url: str
    stem: Path
    suffix: str | None


class SyncFiles(Protocol):
    def download(self, targets: Sequence[DownloadTarget]) -> list[Path]: ...


class AsyncFiles(Protocol):
    def download(self, targets: Sequence[DownloadTarget]) -> Awaitable[list[Path]]: ...


@dataclass(frozen=True, kw_only=True)
class Run(RunBase):
    """A run read by :class:`~weshop.WeShop`; ``download`` writes its results to disk."""

    _files: SyncFiles | None = field(default=None, repr=False, compare=False)

    def download(self, directory: str | Path) -> list[Path]:
        """Stream every output (image or video) into ``directory`` (created if needed)
        as ``<execution_id>-<i>.<ext>``, ``i`` being the index in ``results``; return the
        paths. Files appear complete or not at all (written as ``.part``, then renamed).
        The download is a plain GET that never carries the API key."""
        if self._files is None:
            raise RuntimeError("this Run is not attached to a client")
        return self._files.download(self.download_targets(directory))


@dataclass(frozen=True, kw_only=True)
class AsyncRun(RunBase):
    """A run read by :class:`~weshop.AsyncWeShop`; ``await run.download(dir)``."""

    _files: AsyncFiles | None = field(default=None, repr=False, compare=False)

    async def download(self, directory: str | Path) -> list[Path]:
        """Like :meth:`Run.download`, awaitable."""
        if self._files is None:
            raise RuntimeError("this AsyncRun is not attached to a client")
        return await self._files.download(self.download_targets(directory))


def _filled(kind: type[RunT], files: object, values: Mapping[str, Any]) -> RunT:
    """A run of ``kind`` holding ``values`` (every field), its downloads done by ``files``.
    Equal to ``kind(**values, _files=files)``, but filled in directly: a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, and this is
    the hot path of every read of a run."""
    run = object.__new__(kind)
    run.__dict__.update(values, _files=files)
    return run


def created_run(
    kind: type[RunT],
    created: RunCreated,
    idempotency_key: str | None,
    request_id: str | None,
    files: object,
) -> RunT:
    """A just-created run (status ``Pending`` until polled), from the generated answer."""
    return _created(
        kind,
        files,
        created.execution_id,
        _opt(created.task_id),
        _opt(created.power_consumption),
        _opt(created.power_balance_amount),
        idempotency_key,
        request_id,
        created,
    )


def _created(
    kind: type[RunT],
    files: object,
    execution_id: str,
    task_id: str | None,
    power_consumption: float | None,
    power_balance: float | None,
    idempotency_key: str | None,
    request_id: str | None,
    raw_source: object,
) -> RunT:
    """A just-created run of its answer's fields (however they were read)."""
    return _filled(
        kind,
        files,
        {
            "execution_id": execution_id,
            "status": "Pending",
            "results": (),
            "error": None,
            "task_id": task_id,
            "agent_name": None,
            "agent_version": None,
            "execution_time": None,
            "params": {},
            "power_consumption": power_consumption,
            "power_balance": power_balance,
            "idempotency_key": idempotency_key,
            "request_id": request_id,
            _RAW_SOURCE: raw_source,
        },
    )


def _execution_results(execution: Execution) -> tuple[RunResult, ...]:
    return _run_results(_opt(execution.result), execution.additional_properties)


def _run_results(
    items: Sequence[ResultItem] | None, extra: Mapping[str, Any]
) -> tuple[RunResult, ...]:
    """A run's results from its execution's ``result`` items (None: no such field) and
    the execution's fields the spec does not name (``extra``)."""
    if items is None:
        # One 2025-05 table calls the field `results`; every example says `result`.
        raw = extra.get("results")
        if isinstance(raw, list):
            items = [
                gen.models.ResultItem.from_dict(item) for item in raw if isinstance(item, Mapping)
            ]
    return tuple(RunResult.from_generated(item) for item in items or ())


def execution_run(
    kind: type[RunT],
    data: RunData,
    execution: Execution,
    files: object,
    *,
    task_id: str | None = None,
    request_id: str | None = None,
) -> RunT:
    """A run as an answer's ``execution`` (of the run or task ``data``) says it is."""
    params = _opt(execution.params)
    return _executed(
        kind,
        files,
        execution.execution_id,
        str(execution.status),
        _execution_results(execution),
        _opt(execution.error),
        task_id,
        _opt(data.agent_name),
        _opt(data.agent_version),
        _opt(execution.execution_time),
        dict(params.additional_properties) if params is not None else {},
        request_id,
        execution,
    )


def _executed(
    kind: type[RunT],
    files: object,
    execution_id: str,
    status: str,
    results: tuple[RunResult, ...],
    error: str | None,
    task_id: str | None,
    agent_name: str | None,
    agent_version: str | None,
    execution_time: str | None,
    params: dict[str, Any],
    request_id: str | None,
    raw_source: object,
) -> RunT:
    """A run of an execution's fields (however they were read)."""
    return _filled(
        kind,
        files,
        {
            "execution_id": execution_id,
            "status": status,
            "results": results,
            "error": error,
            "task_id": task_id,
            "agent_name": agent_name,
            "agent_version": agent_version,
            "execution_time": execution_time,
            "params": params,
            "power_consumption": None,
            "power_balance": None,
            "idempotency_key": None,
            "request_id": request_id,
            _RAW_SOURCE: raw_source,
        },
    )


def wire_created_run(
    kind: type[RunT],
    data: Mapping[str, Any],
    raw_source: object,
    idempotency_key: str | None,
    request_id: str | None,
    files: object,
) -> RunT:
    """:func:`created_run` from the ``data`` of a ``createRun`` answer's JSON
    (:func:`weshop._run_answers.created_run_data`); ``raw_source`` makes its ``raw``."""
    return _created(
        kind,
        files,
        data["executionId"],
        data.get("taskId"),
        data.get("powerConsumption"),
        data.get("powerBalanceAmount"),
        idempotency_key,
        request_id,
        raw_source,
    )


def wire_execution_run(
    kind: type[RunT],
    data: Mapping[str, Any],
    execution: Mapping[str, Any],
    results: Sequence[ResultItem] | None,
    raw_source: object,
    files: object,
    *,
    request_id: str | None = None,
) -> RunT:
    """:func:`execution_run` from a ``getRun`` answer's JSON (:func:`weshop._run_answers.
    wire_run`): its ``data``, the ``execution`` and that execution's parsed ``results``
    (None: no ``result`` field); ``raw_source`` makes its ``raw``."""
    return _executed(
        kind,
        files,
        execution["executionId"],
        str(execution["status"]),
        _run_results(results, execution if results is None else {}),
        execution.get("error"),
        None,
        data.get("agentName"),
        data.get("agentVersion"),
        execution.get("executionTime"),
        dict(execution["params"]) if "params" in execution else {},
        request_id,
        raw_source,
    )


def find_execution(data: RunData, execution_id: str) -> Execution | None:
    """The execution ``execution_id`` of a run answer, if present."""
    for execution in data.executions:
        if execution.execution_id == execution_id:
            return execution
    return None


# --------------------------------------------------------------------------- estimates
@dataclass(frozen=True)
class PowerEstimate(Serializable):
    """What a run would cost, in power (credits), before running it."""

    total_power: float
    type: str | None = None
    exclusive: bool | None = None
    paid_power_not_enough: bool | None = None
    is_estimated: bool | None = None
    #: The ``X-Request-Id`` of the answer, if it had one.
    request_id: str | None = field(default=None, compare=False)

    @classmethod
    def from_generated(
        cls, estimate: GeneratedPowerEstimate, request_id: str | None = None
    ) -> PowerEstimate:
        return cls(
            total_power=estimate.total_power,
            type=_opt(estimate.type_),
            exclusive=_opt(estimate.exclusive),
            paid_power_not_enough=_opt(estimate.paid_power_not_enough),
            is_estimated=_opt(estimate.is_estimated),
            request_id=request_id,
        )


# --------------------------------------------------------------------------- tasks
@dataclass(frozen=True)
class TaskInfo(Serializable, Generic[RunT]):
    """A task of the task API and its executions (the last 20 when queried by task id).
    ``TaskInfo.from_dict`` reads the executions back as detached :class:`Run` objects."""

    _nested: ClassVar[Mapping[str, Callable[[Any], Any]]] = {
        "executions": lambda item: Run.from_dict(item)
    }

    agent_name: str | None
    agent_version: str | None
    task_name: str | None
    original_image: str | None
    executions: tuple[RunT, ...]


def task_fields(data: RunData) -> tuple[str | None, str | None, str | None, str | None]:
    init = _opt(data.init_params)
    return (
        _opt(data.agent_name),
        _opt(data.agent_version),
        _opt(init.task_name) if init is not None else None,
        _opt(init.original_image) if init is not None else None,
    )
