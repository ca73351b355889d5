"""Video: libVLC, one instance per process; players live on the GUI thread."""
