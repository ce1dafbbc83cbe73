from PySide6.QtGui import QImage

from claimtracker.cli import main
from tests.conftest import SAMPLE_CLAIMS


def test_screenshot_command_renders_the_annotated_sample_at_the_asked_size(qtbot, tmp_path, capsys):
    out = tmp_path / "main.png"
    assert main(["screenshot", str(out), "--size", "1400x900", "--article", "3"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    assert f"{SAMPLE_CLAIMS} sample claims" in capsys.readouterr().err
