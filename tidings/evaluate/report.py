"""Printing evaluation reports as plain text."""

from __future__ import annotations

from tidings.evaluate.acled import AcledReport
from tidings.evaluate.metrics import Confusion, Tally
from tidings.evaluate.plover import PloverReport


def _tally(name: str, tally: Tally) -> str:
    return f"  {name:<22} {tally.accuracy:6.3f}  ({tally.right}/{tally.total})"


def _classes(confusion: Confusion) -> list[str]:
    lines = [f"  {'label':<36} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for s in confusion.per_class():
        lines.append(f"  {s.label[:36]:<36} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:5d}")
    return lines


def plover_text(report: PloverReport, *, matrix: bool = True, misses: int = 0) -> str:
    c = report.category
    lines = [
        f"PLOVER gold: {report.documents} documents, {report.no_event} with no event found",
        f"  {'category (first record)':<22} {c.accuracy:6.3f}  "
        f"({sum(n for (g, p), n in c.pairs.items() if g == p)}/{c.total})",
        _tally("category (any record)", report.any_record),
        _tally("actor codes exact", report.actor_exact),
        _tally("  UNO/EUR read as IGO", report.actor_exact_igo),
        _tally("actor codes overlap", report.actor_overlap),
        _tally("recipient codes exact", report.recipient_exact),
        f"  {'category weighted F1':<22} {c.weighted_f1():6.3f}",
        "",
        *_classes(c),
    ]
    if matrix:
        lines += ["", c.render()]
    for miss in report.misses[:misses]:
        got = miss.predicted.event[0] if miss.predicted and miss.predicted.event else "-"
        trigger = miss.predicted.event_text if miss.predicted else ""
        lines.append(f"  MISS {miss.gold.id}: gold {miss.gold.event} got {got} [{trigger}] {miss.gold.text[:110]}")
    return "\n".join(lines)


def acled_text(report: AcledReport, *, matrix: bool = True) -> str:
    lines = [
        f"ACLED gold: {report.documents} documents, {report.no_event} with no event found",
        f"  {'event_type':<22} {report.event_type.accuracy:6.3f}  weighted F1 {report.event_type.weighted_f1():.3f}",
        f"  {'sub_event_type':<22} {report.sub_event_type.accuracy:6.3f}  weighted F1 {report.sub_event_type.weighted_f1():.3f}",
        _tally("inter1", report.inter1),
        _tally("inter2", report.inter2),
        _tally("event_date", report.event_date),
        _tally("country", report.country),
        _tally("location", report.location),
        _tally("fatalities", report.fatalities),
        "",
        "  event_type per class:",
        *_classes(report.event_type),
        "",
        "  sub_event_type per class:",
        *_classes(report.sub_event_type),
    ]
    if matrix:
        lines += ["", "event_type:", report.event_type.render(), "", "sub_event_type:", report.sub_event_type.render()]
    return "\n".join(lines)
