"""`tidings bench CORPUS`: end-to-end throughput against a plain spaCy pass.

Both runs read the same texts. The headline is the ratio of the two rates:
above 1 means tidings (ingest -> extract -> store -> merge) is faster than
only parsing every sentence with the full spaCy pipeline.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import click


@dataclass
class Run:
    name: str
    articles: int
    words: int
    seconds: float
    cpu_seconds: float = 0.0  # this process and its finished workers
    main_cpu_seconds: float = 0.0  # this process alone: reading, storing, merging, pool upkeep

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_rate(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float:
        """Articles per CPU second: what the rate would be on an idle core."""
        return self.articles / self.cpu_seconds if self.cpu_seconds else 0.0


@click.command()
@click.argument("corpus", nargs=-1, required=True)
@click.option("--limit", default=0, help="Use only the first N articles (0 = all).")
@click.option("--workers", default=0, help="Processes for both runs (0 = one per core).")
@click.option("--skip-spacy", is_flag=True, help="Only time tidings.")
def bench(corpus: tuple[str, ...], limit: int, workers: int, skip_spacy: bool) -> None:
    """Time the full tidings path and a full spaCy parse over CORPUS."""
    from tidings.extract.parallel import default_workers
    from tidings.ingest import read_paths
    from tidings.records import Article

    workers = workers or default_workers()
    articles = [a for a in read_paths(corpus) if isinstance(a, Article)]
    if limit:
        articles = articles[:limit]
    if not articles:
        raise click.ClickException("no readable articles in the corpus")
    words = sum(len(a.text.split()) for a in articles)
    runs = [_time_tidings(articles, words, workers)]
    if not skip_spacy:
        runs.append(_time_spacy(articles, words, workers))
    _report(runs, workers)


def _time_tidings(articles, words: int, workers: int) -> Run:
    from tidings.batch import run_batch
    from tidings.extract.parallel import warm_up
    from tidings.store import Store

    warm_up()  # models and resources load outside the clock, as the reference's does
    db = Path(tempfile.mkdtemp(prefix="tidings-bench-")) / "bench.db"
    started, cpu, main_cpu = time.perf_counter(), _cpu_seconds(), _main_cpu_seconds()
    with Store.open(db) as store:
        summary = run_batch(articles, store, workers=workers)
    seconds = time.perf_counter() - started
    click.echo(f"tidings: {summary.new} articles stored, {summary.events} events", err=True)
    name = "tidings (ingest+extract+store+merge)"
    return Run(name, len(articles), words, seconds, _cpu_seconds() - cpu, _main_cpu_seconds() - main_cpu)


def _time_spacy(articles, words: int, workers: int) -> Run:
    import spacy

    from tidings.extract.nlp import model_name

    nlp = spacy.load(model_name())  # the packaged pipeline as it ships, no tidings tweaks
    started, cpu, main_cpu = time.perf_counter(), _cpu_seconds(), _main_cpu_seconds()
    for _ in nlp.pipe((a.text for a in articles), batch_size=64, n_process=workers):
        pass
    seconds = time.perf_counter() - started
    name = "spaCy full pipeline (reference)"
    return Run(name, len(articles), words, seconds, _cpu_seconds() - cpu, _main_cpu_seconds() - main_cpu)


def _cpu_seconds() -> float:
    """User+system CPU of this process and of every worker it has waited for.

    The machine may be shared, so wall time alone says little; CPU time does
    not grow when other jobs compete for the cores.
    """
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def _main_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _report(runs: list[Run], workers: int) -> None:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    click.echo(f"workers: {workers}   load average: {load}")
    click.echo(
        f"{'run':40} {'articles':>8} {'seconds':>8} {'art/s':>8} {'words/s':>9}"
        f" {'CPU s':>8} {'art/CPU s':>9} {'main CPU s':>10}"
    )
    for run in runs:
        click.echo(
            f"{run.name:40} {run.articles:8d} {run.seconds:8.1f} {run.rate:8.1f} {run.words_rate:9.0f}"
            f" {run.cpu_seconds:8.1f} {run.cpu_rate:9.1f} {run.main_cpu_seconds:10.1f}"
        )
    if len(runs) == 2 and runs[1].rate:
        click.echo(f"ratio tidings/spaCy (wall): {runs[0].rate / runs[1].rate:.2f}")
    if len(runs) == 2 and runs[1].cpu_rate:
        click.echo(f"ratio tidings/spaCy (CPU):  {runs[0].cpu_rate / runs[1].cpu_rate:.2f}")
    click.echo(f"peak RSS: main {own:.0f} MB, largest worker {children:.0f} MB")
