"""The one way Isohold's platform services reach the D-Bus session bus (or a private bus, for
tests), by a connection name of their own."""

from __future__ import annotations


def connect(address: str | None, connection: str):
    """(the connected QDBusConnection, "") or (None, why not): "no D-Bus session bus (...)".
    A connection that failed is let go at once. `address` None: the session bus from the
    environment."""
    from PySide6.QtDBus import QDBusConnection

    if address:
        bus = QDBusConnection.connectToBus(address, connection)
    else:
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, connection)
    if bus.isConnected():
        return bus, ""
    problem = f"no D-Bus session bus ({bus.lastError().message() or 'not connected'})"
    QDBusConnection.disconnectFromBus(connection)
    return None, problem
