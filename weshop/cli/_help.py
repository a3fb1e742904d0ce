"""The top-level help: ``weshop --help``'s description and epilog (the agents' enum
values and the run statuses read from the spec). Light: no parser of a subcommand and no
client is needed for it."""

from __future__ import annotations

import textwrap
from typing import Final

from .. import API_KEY_ENV, BASE_URL_ENV
from ._agent_table import AGENT_COMMANDS
from ._spec_info import enum_values, known_agents, run_statuses

__all__ = ["MOCK_HINT_URL", "top_description", "top_epilog"]

#: The mock's default address (``weshop mock``), for the missing-key hint.
MOCK_HINT_URL: Final = "http://127.0.0.1:8765/openapi"


# --------------------------------------------------------------------------- top-level help
def top_description() -> str:
    return (
        "WeShop AI from the command line: run the six image agents (local images are\n"
        "uploaded, results downloaded with --output), any agent with `weshop run`, many\n"
        "runs resumably with `weshop batch`, and the offline mock server (`weshop mock`)."
    )


def top_epilog() -> str:
    lines = [
        textwrap.fill(
            "agents: the six above have commands of their own; `weshop run AGENT` runs "
            f"any of the {len(known_agents())} in the API spec (`weshop catalog` lists them)",
            width=86,
        ),
        f"run statuses (from the API spec): {', '.join(run_statuses())}",
        "",
        "values (from the API spec; details in `weshop COMMAND --help`):",
    ]
    for spec in AGENT_COMMANDS:
        for param in spec.params:
            values = enum_values(spec.agent, param.wire)
            if values:
                lines.append(
                    textwrap.fill(
                        f"{spec.command} {param.flags[0]}: {', '.join(values)}",
                        width=86,
                        initial_indent="  ",
                        subsequent_indent="      ",
                        break_on_hyphens=False,
                    )
                )
    lines += [
        "",
        "global options (before or after the command name): --api-key, --base-url,",
        f"--timeout, --max-retries, --json, --quiet. The key is read from ${API_KEY_ENV}",
        f"or ~/.config/weshop/credentials.json, the base URL from ${BASE_URL_ENV}.",
        "",
        "exit status: 0 success; 1 run failed (batch: a row did not succeed); 2 the",
        "command cannot start, nothing sent (usage, validation, no API key, untrusted",
        "host); 3 API, authentication or network error; 4 the run succeeded but its",
        "results could not be saved; 130 interrupted.",
        "",
        "examples:",
        f"  export {API_KEY_ENV}=...",
        "  weshop removebg product.png --background-hex '#ffffff' --output out/",
        "  weshop aimodel model.jpg --generation-mode freeCreation \\",
        '      --mask-type autoApparelSegment --location "White Studio" --output out/',
        "  weshop info aimodel --kind locations --search studio",
        "  weshop batch shots.csv --concurrency 8 --output out/",
        "  weshop mock &    # offline: any key works",
        f"  export {BASE_URL_ENV}={MOCK_HINT_URL} {API_KEY_ENV}=test",
    ]
    return "\n".join(lines)
