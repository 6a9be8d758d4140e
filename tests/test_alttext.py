"""Every figure in the lectures has alt text, and the tool that lists and sets it works."""

import nbformat
import pytest

from coursetools import LECTURES, ROOT, alttext, notebooks

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


@pytest.mark.parametrize("path", notebooks(LECTURES), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_figure_has_alt_text(path):
    """MyST-NB renders cell metadata mystnb.image.alt as the <img> alt of the cell's figures.

    Fix: `python -m coursetools.alttext --check` lists the cells; `--set` writes the text.
    """
    assert alttext.missing(path) == []


def figure(cell_id, source="plt.show()"):
    out = nbformat.v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"})
    return ("code", source, {"id": cell_id, "outputs": [out], "execution_count": 1})


@pytest.fixture
def lecture(tmp_path, notebook_factory, monkeypatch):
    monkeypatch.setattr(alttext, "ROOT", tmp_path)
    path = tmp_path / "lectures" / "99_fixture.ipynb"
    path.parent.mkdir()
    cells = [
        ("markdown", "# Lecture 99: Fixture"),
        figure("fig-a", 'ax.set(title="Noisy samples", xlabel="x")\nplt.show()'),
        ("code", "x = 1", {"id": "plain", "execution_count": 2}),
        figure("fig-b"),
    ]
    nb = notebook_factory(path, cells)
    nbformat.write(nb, path)
    return path


def test_check_lists_figures_without_alt_text(lecture, capsys):
    assert alttext.missing(lecture) == [("fig-a", "Noisy samples"), ("fig-b", "")]
    assert alttext.main(["--check", str(lecture)]) == 1
    out = capsys.readouterr().out
    assert "fig-a has no alt text ('Noisy samples')" in out and "fig-b" in out


def test_set_writes_only_the_metadata(lecture):
    before = nbformat.read(lecture, as_version=4)
    assert alttext.main(["--set", str(lecture), "fig-a", "Points around a  parabola."]) == 0
    after = nbformat.read(lecture, as_version=4)
    assert after.cells[1].metadata.mystnb == {"image": {"alt": "Points around a parabola."}}
    del after.cells[1].metadata["mystnb"]
    assert after == before
    assert alttext.missing(lecture) == [("fig-b", "")]


def test_apply_sets_many_and_refuses_unknown_or_unquoted_ids(lecture, tmp_path):
    rel = lecture.relative_to(tmp_path).as_posix()
    (tmp_path / "alt.yml").write_text(f'{rel}:\n  fig-a: "One."\n  fig-b: "Two."\n')
    assert alttext.main(["--apply", str(tmp_path / "alt.yml")]) == 0
    assert alttext.missing(lecture) == []
    with pytest.raises(KeyError, match="plain"):
        alttext.set_alt(lecture, {"plain": "Not a figure."})
    (tmp_path / "bad.yml").write_text(f"{rel}:\n  12345678: Unquoted.\n")
    with pytest.raises(SystemExit):
        alttext.main(["--apply", str(tmp_path / "bad.yml")])
