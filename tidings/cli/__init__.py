"""The `tidings` command.

Subcommands live in their own modules and are imported only when run, so
`tidings --help` stays instant and a command never pays for another's imports.
"""

from __future__ import annotations

import importlib

import click

# name -> "module:attribute"; each module defines one click command.
COMMANDS: dict[str, str] = {
    "ingest": "tidings.cli.ingest:ingest",
    "extract": "tidings.cli.extract:extract",
    "events": "tidings.cli.query:events",
    "show": "tidings.cli.query:show",
    "failures": "tidings.cli.query:failures",
    "export": "tidings.cli.export:export",
    "demo": "tidings.cli.demo:demo",
    "geoparse": "tidings.cli.geoparse:geoparse",
    "stories": "tidings.cli.stories:stories",
    "story": "tidings.cli.stories:story",
    "merge": "tidings.cli.stories:merge",
    "eval": "tidings.cli.evaluate:evaluate",
    "build-resources": "tidings.cli.resources:build_resources",
    "bench": "tidings.cli.bench:bench",
    "serve": "tidings.cli.serve:serve",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None  # command not built yet in this checkout
            raise
        return getattr(module, attr)


@click.group(cls=LazyGroup)
@click.version_option(package_name="tidings")
def main() -> None:
    """tidings: news in, event data out."""


if __name__ == "__main__":
    main()
