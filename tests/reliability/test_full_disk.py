"""A full disk never gives a "success" export that is broken, and never harms the old file.

Every exporting sub-command is run with ``--force`` onto a 2 MB tmpfs holding the
teacher's earlier, valid exports, with the disk full or nearly full (so that writers
get part of the file out before the disk runs out). Each must exit 1 with one line
naming the file, leave the old file byte for byte, and leave no temporary file.
"""

from __future__ import annotations

import shutil

import pytest

from chinese_teach.cli import main
from tests.reliability.smalldisk import fill, small_disk
from tests.reliability.test_cli_overwrite import commands, lesson_ids  # noqa: F401 (fixture)


@pytest.mark.parametrize("room", [0.0, 0.5])
def test_exports_on_a_full_disk_fail_and_keep_the_old_file(lesson_ids, tmp_path, capsys, room):  # noqa: F811
    """``room``: free space left, as a share of the export's size (0: a full disk; 0.5:
    the writer gets half the file out before the disk runs out)."""
    course_id, lesson_id = lesson_ids
    (tmp_path / "made").mkdir()
    made = commands(tmp_path / "made", course_id, lesson_id)
    for name, (argv, _out) in made.items():
        assert main(argv) == 0, name
    capsys.readouterr()
    with small_disk(tmp_path / "disk") as disk:
        cmds = {}
        for name, (argv, out) in made.items():
            shutil.copyfile(out, disk / out.name)
            cmds[name] = ([str(disk / out.name) if a == str(out) else a for a in argv],
                          disk / out.name)
        # a plan to a new file, too: nothing may appear
        new_plan = disk / "new-plan.pdf"
        cmds["new plan"] = (["lesson", "export", lesson_id, "--plan", str(new_plan)], new_plan)
        before = {out: out.read_bytes() for _, out in cmds.values() if out.exists()}
        sizes = {name: (tmp_path / "made" / "out" / out.name).stat().st_size
                 for name, (_argv, out) in made.items()}
        sizes["new plan"] = sizes["lesson plan pdf"]
        for name, (argv, out) in cmds.items():
            filler = fill(disk, int(sizes[name] * room))
            code = main([*argv, "--force"])
            err = capsys.readouterr().err
            assert code == 1, (name, err)
            assert err.count("\n") == 1 and "Traceback" not in err, (name, err)
            assert str(out) in err, (name, err)
            if out in before:
                assert out.read_bytes() == before[out], name
            else:
                assert not out.exists(), name
            filler.unlink()
        names = sorted(p.name for p in disk.iterdir())
        assert names == sorted(out.name for out in before)  # no temporary file left


def test_an_incomplete_pdf_is_recognised(tmp_path, qapp):
    """Without a small disk: the check that catches what Qt's PDF engine does not report."""
    from chinese_teach.core.errors import ExportError
    from chinese_teach.render.output import verify_pdf_file, write_pdf
    from chinese_teach.render.pages import PageSetup

    good = tmp_path / "good.pdf"
    write_pdf(good, PageSetup.named(), 2, lambda painter, i: painter.drawText(20, 20, f"page {i}"))
    verify_pdf_file(good)
    data = good.read_bytes()
    for name, broken in {"cut": data[: len(data) // 2], "empty": b"",
                         "hole": data[:100] + data[4196:]}.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(broken)
        with pytest.raises(ExportError, match="could not be written completely"):
            verify_pdf_file(path, "shown.pdf")
