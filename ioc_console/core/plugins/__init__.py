"""Domain plugins: manifests, the facade they get, and the manager that loads them."""

from ioc_console.core.plugins.api import PLUGIN_API_VERSION, PluginAPI
from ioc_console.core.plugins.manager import PluginManager, PluginRecord, PluginState

__all__ = ["PLUGIN_API_VERSION", "PluginAPI", "PluginManager", "PluginRecord", "PluginState"]
