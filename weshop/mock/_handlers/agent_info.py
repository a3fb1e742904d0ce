"""``getAgentInfo``: an agent's recorded catalogue (its fashion models, locations...),
paged, with the caller's own models and locations joined in as "Yours"."""

from __future__ import annotations

from typing import Any, Final, get_args

from .._context import Context, Handler, Reply
from .._recording import PAGINATED_RESOURCES, SYNTHETIC_IMAGE_PREFIX, Recordings
from .._state import AssetKind, MockState, MyAsset

__all__ = ["AgentInfoHandlers"]

# The caller's own assets join the catalogue list of the spec's resourceType named after
# their kind ("fashionModel" assets join "fashionModels"); every kind must have one.
_OWN_KINDS: Final[tuple[tuple[str, AssetKind], ...]] = tuple(
    (resource, kind)
    for kind in get_args(AssetKind)
    for resource in PAGINATED_RESOURCES
    if resource == f"{kind}s"
)
if len(_OWN_KINDS) != len(get_args(AssetKind)):
    raise RuntimeError(f"the spec's resourceType {PAGINATED_RESOURCES} lacks an asset kind")


class AgentInfoHandlers:
    """``getAgentInfo``."""

    def __init__(self, state: MockState, recordings: Recordings) -> None:
        self.state = state
        self.recordings = recordings

    def handlers(self) -> dict[str, Handler]:
        """Operation id -> handler."""
        return {"getAgentInfo": self.agent_info}

    async def agent_info(self, context: Context) -> Reply:
        name = str(context.query["agentName"])
        version = str(context.query["agentVersion"])
        catalog = self.recordings.catalogs.get((name, version))
        data: dict[str, Any] = {"agentVersion": version}
        resources: dict[str, list[dict[str, Any]]] = {}
        if catalog is not None:
            for key, value in catalog.data.items():
                if key not in PAGINATED_RESOURCES:
                    data[key] = _with_base(value, context.base)
            resources = dict(catalog.resources)
        # The caller's own models and locations join their agent's catalogue as "Yours".
        for resource, kind in _OWN_KINDS:
            own = [
                self._asset_entry(asset)
                for asset in self.state.owner_assets(context.owner, kind)
                if resource in resources and asset.agent_name == name
            ]
            if own:
                resources[resource] = resources[resource] + own
        wanted = context.query.get("resourceType")
        selected = [wanted] if isinstance(wanted, str) else list(resources)
        page = int(context.query.get("page", 1))
        size_param = context.query.get("pageSize")
        pagination: dict[str, Any] = {}
        for resource in selected:
            items = resources.get(resource, [])
            size = int(size_param) if size_param is not None else max(1, len(items))
            start = (page - 1) * size
            data[resource] = [
                _item_with_base(item, context.base) for item in items[start : start + size]
            ]
            pagination[resource] = {
                "total": len(items),
                "isLastPage": start + size >= len(items),
                "page": page,
                "pageSize": size,
            }
        if pagination:
            data["pagination"] = pagination
        return Reply(data)

    def _asset_entry(self, asset: MyAsset) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "id": asset.asset_id,
            "name": asset.name,
            "image": asset.images[0] if asset.images else "",
            "status": self.state.asset_status(asset),
            "type": "Yours",
        }
        if asset.kind == "location":
            entry["categories"] = []
        return entry


def _item_with_base(item: dict[str, Any], base: str) -> dict[str, Any]:
    """A catalogue entry whose synthetic image path becomes a URL on this server (entries
    are otherwise served as recorded; only ``image`` ever holds such a path)."""
    image = item.get("image")
    if isinstance(image, str) and image.startswith(SYNTHETIC_IMAGE_PREFIX):
        return {**item, "image": base + image[len("{base}") :]}
    return item


def _with_base(value: Any, base: str) -> Any:
    """Catalogue data with synthetic image paths turned into URLs on this server."""
    if isinstance(value, str) and value.startswith(SYNTHETIC_IMAGE_PREFIX):
        return base + value[len("{base}") :]
    if isinstance(value, list):
        return [_with_base(v, base) for v in value]
    if isinstance(value, dict):
        return {k: _with_base(v, base) for k, v in value.items()}
    return value
