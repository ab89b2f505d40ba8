"""The big pieces of the session screen, painted to fill their space: digits, pause band, bar.

They show what they are given and decide nothing; `SessionView` feeds them from the runner.
"""

from __future__ import annotations


from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QSizePolicy, QWidget

DIGIT_FILL = 0.96  # the digits' ink height as a share of the widget's height
PAUSE_SHARE = 0.34  # of the countdown's height, on top, for the pause band (the digits below)
WIDEST = "0:00"  # the widest text a countdown shows at its largest size ("10" and "1:30" fit)


def widest(text: str, alone: bool) -> str:
    """What a part is sized for, so that its size holds as its digits change: a countdown
    alone as "0:00" (or longer); beside another part, its own shape with every digit a 0 (a
    rep count "4" as "00", a set's clock "0:21" as "0:00")."""
    shape = "".join("0" if c.isdigit() else c for c in text)
    if alone:
        return WIDEST if len(text) <= len(WIDEST) else shape
    return shape.rjust(2, "0")


def fitted_font(family_font: QFont, text: str, width: float, height: float,
                fill: float = DIGIT_FILL) -> QFont:
    """A bold font whose ink for `text` is `fill` of `height` tall and fits `width`."""
    font = QFont(family_font)
    font.setBold(True)
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    ink = metrics.tightBoundingRect("0123456789").height() or 73.0
    size = 100 * fill * height / ink
    wide = metrics.horizontalAdvance(text) or 1.0
    size = min(size, 100 * 0.96 * width / wide)
    font.setPixelSize(max(8, int(size)))
    return font


class BigDigits(QWidget):
    """The countdown, or side by side numbers with captions (a set's reps and its clock):
    digits as tall as the widget allows, the same size in every part."""

    CAPTION_SHARE = 0.13  # of the height, under the digits, when a part has a caption

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list[tuple[str, str]] = [("", "")]
        self.colour = QColor("#ffffff")
        self.caption_colour = QColor("#ffffff")
        self.top_reserve = 0.0  # a share of the height kept free on top (for the pause band)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)

    @property
    def text(self) -> str:
        """The numbers shown, parts joined by a space (e.g. "7" or "3 0:13")."""
        return " ".join(text for text, _ in self.parts)

    def set_text(self, text: str) -> None:
        self.set_parts([(text, "")])

    def set_parts(self, parts: list[tuple[str, str]]) -> None:
        if parts != self.parts:
            self.parts = list(parts)
            self.update()

    def reserve_top(self, share: float) -> None:
        """Keep `share` of the height free on top: the digits shrink into the rest."""
        if share != self.top_reserve:
            self.top_reserve = share
            self.update()

    def digit_area(self) -> QRectF:
        """Where the digits (and their captions) are drawn."""
        top = self.height() * self.top_reserve
        return QRectF(0, top, self.width(), self.height() - top)

    def set_colour(self, colour: str, caption: str | None = None) -> None:
        self.colour = QColor(colour)
        self.caption_colour = QColor(caption or colour)
        self.update()

    def _widths(self) -> list[float]:
        """Each part's share of the width: a clock ("0:13") gets more than a count ("3")."""
        if len(self.parts) == 1:
            return [float(self.width())]
        weights = [len(widest(text, False)) + 0.6 for text, _ in self.parts]
        return [self.width() * weight / sum(weights) for weight in weights]

    def _captioned(self) -> bool:
        return any(caption for _, caption in self.parts)

    def digit_font(self) -> QFont:
        """The font the digits are painted in at the widget's current size."""
        height = self.digit_area().height() * ((1 - self.CAPTION_SHARE) if self._captioned()
                                                else 1.0)
        alone = len(self.parts) == 1
        fonts = [fitted_font(self.font(), widest(text, alone), width, height)
                 for (text, _), width in zip(self.parts, self._widths())]
        return min(fonts, key=lambda font: font.pixelSize())

    def digit_height(self) -> float:
        """How tall the painted digits are, in pixels (their ink, not the line)."""
        return QFontMetricsF(self.digit_font()).tightBoundingRect("0123456789").height()

    def caption_font(self) -> QFont:
        """The captions' font: one size for all, each caption whole within its part; a longer
        language's words shrink the type (down to 12 px) rather than be cut."""
        font = QFont(self.font())
        font.setPixelSize(max(12, int(self.digit_area().height() * self.CAPTION_SHARE * 0.62)))
        for (_, caption), part_w in zip(self.parts, self._widths()):
            wide = QFontMetricsF(font).horizontalAdvance(caption)
            if caption and wide > part_w * 0.96 and font.pixelSize() > 12:
                font.setPixelSize(max(12, int(font.pixelSize() * part_w * 0.96 / wide)))
        return font

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = self.digit_font()
        metrics = QFontMetricsF(font)
        ink = metrics.tightBoundingRect("0123456789")
        captioned = self._captioned()
        caption_font = self.caption_font()
        area = self.digit_area()
        caption_h = QFontMetricsF(caption_font).height() if captioned else 0.0
        gap = caption_h * 0.3
        # Centre the digits' ink (not the font's line box), with any captions under it.
        top = area.top() + (area.height() - ink.height() - (gap + caption_h)) / 2
        baseline = top - ink.top()
        left = 0.0
        for (text, caption), part_w in zip(self.parts, self._widths()):
            painter.setFont(font)
            painter.setPen(self.colour)
            width = metrics.horizontalAdvance(text)
            painter.drawText(int(left + (part_w - width) / 2), int(baseline), text)
            if caption:
                painter.setFont(caption_font)
                painter.setPen(self.caption_colour)
                painter.drawText(QRectF(left, top + ink.height() + gap, part_w, caption_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 caption)
            left += part_w


class PauseBand(QWidget):
    """PAUSED, on a band across the top of the countdown (the frozen time left stays in sight
    under it), why, and the key that goes on. It fills the widget it is given."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = self.tr("PAUSED")
        self.detail = ""
        self.background = QColor("#15171c")
        self.colour = QColor("#f2f2f2")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def set_message(self, title: str, detail: str) -> None:
        self.title, self.detail = title, detail
        self.update()

    def set_colours(self, background: str, text: str) -> None:
        self.background, self.colour = QColor(background), QColor(text)
        self.update()

    def band_rect(self) -> QRectF:
        return QRectF(self.rect())

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = self.band_rect()
        painter.fillRect(band, self.background)
        painter.setPen(self.colour)
        title_h = band.height() * (0.62 if self.detail else 1.0)
        font = fitted_font(self.font(), self.title, band.width() * 0.9, title_h, fill=0.7)
        painter.setFont(font)
        title_rect = QRectF(band.left(), band.top(), band.width(), title_h)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, self.title)
        if self.detail:
            small = QFont(self.font())
            small.setPixelSize(max(12, int(band.height() * 0.22)))
            metrics = QFontMetricsF(small)
            while metrics.horizontalAdvance(self.detail) > band.width() * 0.94 and \
                    small.pixelSize() > 12:
                small.setPixelSize(small.pixelSize() - 2)
                metrics = QFontMetricsF(small)
            painter.setFont(small)
            detail_rect = QRectF(band.left(), band.top() + title_h, band.width(),
                                 band.height() - title_h)
            painter.drawText(detail_rect, Qt.AlignmentFlag.AlignHCenter |
                             Qt.AlignmentFlag.AlignTop, self.detail)


class SessionBar(QWidget):
    """How much of the whole session is behind, as a thick rounded bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.fill = QColor("#ffffff")
        self.track = QColor("#000000")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(18)

    def set_fraction(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if abs(fraction - self.fraction) > 1e-4:
            self.fraction = fraction
            self.update()

    def set_colours(self, fill: str, track: str) -> None:
        self.fill, self.track = QColor(fill), QColor(track)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        track = QPainterPath()
        track.addRoundedRect(rect, radius, radius)
        painter.fillPath(track, self.track)
        painter.setPen(self.fill)
        painter.drawPath(track)
        if self.fraction > 0:
            done = QRectF(rect.left(), rect.top(), max(rect.height(), rect.width() * self.fraction),
                          rect.height())
            path = QPainterPath()
            path.addRoundedRect(done, radius, radius)
            painter.fillPath(path, self.fill)
