"""What a domain plugin declares beyond panels and map layers: KPI definitions, alert rules,
procedures, declarative dashboards and the domain itself (the leaders' overview tile).

Qt-free. The plugin facade (:mod:`ioc_console.core.plugins.api`) records every declaration in
a :class:`~ioc_console.core.domains.registry.DomainRegistry` so that disabling a plugin removes
all of it; the KPI and rule engines and the Qt layer read the registry and follow its
``changed`` event.
"""
