"""The Qt layer: adapts the core to widgets and draws. Never imported by the core."""
