"""The weekly insight dashboard (cheap to import: matplotlib loads when it is first shown)."""

from __future__ import annotations

from heartlog.ui.dashboard.dashboard_view import DashboardView

__all__ = ["DashboardView"]
