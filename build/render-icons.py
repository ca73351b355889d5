"""Renders resources/icons/app.svg into the icons the installers need, with Qt alone:
hicolor PNGs for the Debian package and a multi-size .ico for Windows.

Usage: python build/render-icons.py OUT_DIR   (run by make-bundle.sh in the build environment)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    app = QGuiApplication([])  # noqa: F841 (image plugins need an application)
    source = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"render-icons: {source} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(folder / "ioc-console.png"), "PNG"):
            print(f"render-icons: cannot write the {size}px PNG", file=sys.stderr)
            return 1
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / "ioc-console.svg").write_bytes(source.read_bytes())
    if not render(renderer, 256).save(str(out / "ioc-console.ico"), "ICO"):
        print("render-icons: no ICO writer in this Qt (qico plugin)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
