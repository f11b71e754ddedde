"""Lesson templates: a timed sequence of activity stages to start a lesson from."""

from __future__ import annotations

from chinese_teach.core.errors import LibraryError
from chinese_teach.core.labels import for_document, label
from chinese_teach.core.library.models import Activity, Stage

#: name -> (English title, [(stage, share of the lesson, English description)]); the
#: titles and descriptions shown are ``template.name.<name>`` and ``template.<name>.<n>``
#: of the catalogues
TEMPLATES: dict[str, tuple[str, list[tuple[Stage, int, str]]]] = {
    "ppp": (
        "Presentation - practice - production",
        [
            (Stage.WARM_UP, 5, "Greeting and review of the last lesson's words"),
            (Stage.PRESENTATION, 12, "Present the new words and the text"),
            (Stage.PRACTICE, 15, "Controlled practice: drills, pair reading"),
            (Stage.PRODUCTION, 10, "Free practice: role play using the new language"),
            (Stage.REVIEW, 3, "Summary and questions"),
        ],
    ),
    "task": (
        "Task-based",
        [
            (Stage.WARM_UP, 5, "Pre-task: introduce the topic and the task"),
            (Stage.PRESENTATION, 8, "Task input: read or listen to the model text"),
            (Stage.PRODUCTION, 17, "Task cycle: groups do the task, then report"),
            (Stage.PRACTICE, 10, "Language focus: words and patterns from the task"),
            (Stage.REVIEW, 5, "Feedback and wrap-up"),
        ],
    ),
    "blank": ("Blank lesson", []),
}


def template_names(lang: str | None = None) -> list[tuple[str, str]]:
    """``[(name, title)]`` of the available templates, titles in ``lang`` (None: the
    message language, which is the interface language in the GUI)."""
    return [(name, label(f"template.name.{name}", lang)) for name in TEMPLATES]


def template_activities(name: str, duration: int = 45,
                        lang: str | None = None) -> list[Activity]:
    """The activities of template ``name`` with minutes scaled to ``duration``; their
    descriptions (``template.<name>.<n>`` of the document catalogue, the English above)
    are in ``lang``, by default the document language, as the plan will print them."""
    if name not in TEMPLATES:
        known = ", ".join(TEMPLATES)
        raise LibraryError(key="error.template.unknown", name=repr(name), choices=known)
    steps = TEMPLATES[name][1]
    if not steps:
        return []
    base = sum(share for _, share, _ in steps)
    minutes = [round(share * duration / base) for _, share, _ in steps]
    minutes[-1] += duration - sum(minutes)  # rounding: the totals match the duration
    lang = for_document(lang)
    return [Activity(stage, max(0, m), label(f"template.{name}.{i}", lang))
            for i, ((stage, _, _text), m) in enumerate(zip(steps, minutes, strict=True), 1)]
