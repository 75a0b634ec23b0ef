"""The user's preferences, stored with QSettings, with typed getters and sensible defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from smsplanner import APP_NAME, ORGANIZATION

DEFAULT_BAND = (0.02, 0.07)  # the commonly quoted SMS conversion range: a rough industry figure


def _locale_currency() -> tuple[str, bool]:
    """The locale's currency symbol and whether it goes after the amount."""
    loc = QLocale()
    symbol = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    if not symbol:  # the "C" locale has none
        return "$", False
    sample = loc.toCurrencyString(1.0)
    return symbol, not sample.lstrip("-").startswith(symbol)


class Preferences:
    """Typed access to the app's QSettings. GUI thread only."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings(ORGANIZATION, APP_NAME)

    # -- helpers -----------------------------------------------------------------------------
    def _float(self, key: str, default: float) -> float:
        value = self.settings.value(key, default)
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    def _str(self, key: str, default: str) -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    def _bool(self, key: str, default: bool) -> bool:
        value = self.settings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    # -- money -------------------------------------------------------------------------------
    def currency_symbol(self) -> str:
        return self._str("money/currency_symbol", _locale_currency()[0])

    def currency_after(self) -> bool:
        """True when the symbol goes after the amount ("1.234,50 EUR")."""
        return self._bool("money/currency_after", _locale_currency()[1])

    def set_currency(self, symbol: str, after: bool) -> None:
        self.settings.setValue("money/currency_symbol", symbol)
        self.settings.setValue("money/currency_after", after)

    def cost_per_message(self) -> float | None:
        """Default cost of sending one message, or None when the user has not set one."""
        value = self._float("money/cost_per_message", -1.0)
        return None if value < 0 else value

    def set_cost_per_message(self, value: float | None) -> None:
        if value is None:
            self.settings.remove("money/cost_per_message")
        else:
            self.settings.setValue("money/cost_per_message", float(value))

    def money(self, x: float | None, digits: int = 2) -> str:
        """An amount formatted with the user's currency settings."""
        from smsplanner.ui.common.formatting import fmt_money

        return fmt_money(x, self.currency_symbol(), self.currency_after(), digits)

    # -- look --------------------------------------------------------------------------------
    def theme(self) -> str:
        """View > Theme: "system", "light" or "dark"."""
        value = self._str("view/theme", "system")
        return value if value in ("system", "light", "dark") else "system"

    def set_theme(self, name: str) -> None:
        self.settings.setValue("view/theme", name)

    def language(self) -> str:
        """View > Language: "system" (follow the computer) or "en", "de", "fr", "es"."""
        value = self._str("view/language", "system")
        return value if value in ("system", "en", "de", "fr", "es") else "system"

    def set_language(self, code: str) -> None:
        self.settings.setValue("view/language", code)

    # -- charts ------------------------------------------------------------------------------
    def benchmark_band(self) -> tuple[float, float]:
        """The rough industry conversion band drawn on charts, as fractions (low, high)."""
        low = self._float("charts/benchmark_low", DEFAULT_BAND[0])
        high = self._float("charts/benchmark_high", DEFAULT_BAND[1])
        if not 0 <= low < high <= 1:
            return DEFAULT_BAND
        return low, high

    def set_benchmark_band(self, low: float, high: float) -> None:
        if not 0 <= low < high <= 1:
            raise ValueError("the band's low end must be below its high end, both 0-100%")
        self.settings.setValue("charts/benchmark_low", float(low))
        self.settings.setValue("charts/benchmark_high", float(high))

    # -- database ----------------------------------------------------------------------------
    def last_db_path(self) -> Path | None:
        value = self.settings.value("database/last_path", None)
        return Path(str(value)) if value else None

    def set_last_db_path(self, path: Path | None) -> None:
        if path is None:
            self.settings.remove("database/last_path")
        else:
            self.settings.setValue("database/last_path", str(path))

    def sync(self) -> None:
        self.settings.sync()
