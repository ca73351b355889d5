"""Dashboard building blocks on pyqtgraph: charts, KPI tiles, the period selector, exports
and drill-downs (shared by the complaint and administrative-procedure dashboards)."""
