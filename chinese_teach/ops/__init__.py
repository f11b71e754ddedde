"""The operations layer: one function per thing a teacher does.

Pages and CLI commands call these instead of the core directly, so what "delete a
lesson" or "export a worksheet" does is written once. Each operation returns an
:class:`~chinese_teach.ops.changes.OpResult`: its value, the
:class:`~chinese_teach.ops.changes.OpChanges` (what changed, for the views to
refresh from) and, for library edits, the :class:`~chinese_teach.ops.undo.UndoStep`
that takes it back. No widgets here; Qt only through :mod:`chinese_teach.render`.

Modules: :mod:`.changes` (results and changes), :mod:`.undo` (undo steps built
from the library's snapshots), :mod:`.library` (courses, units, lessons),
:mod:`.lesson` (a lesson's analysis, worksheet and exports), :mod:`.reader` (readers
built, written, saved and deleted), :mod:`.corrections` (readings and word cuttings),
:mod:`.deck` (decks and word lists in every format), :mod:`.annotate` (Quick annotate:
annotated paragraphs, level profile, look-ups), :mod:`.course_exchange` (a course shared
as a file: export, read, import).
"""
