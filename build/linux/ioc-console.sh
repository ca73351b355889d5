#!/bin/sh
# IOC Console, installed under /opt/ioc-console by the ioc-console package.
# The site profile: --profile, else $IOC_CONSOLE_PROFILE, else ~/.config/ioc-console/site.toml,
# else /etc/opt/ioc-console/site.toml (templates in /etc/opt/ioc-console/profiles/).
exec /opt/ioc-console/ioc-console "$@"
