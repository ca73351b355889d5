"""IOC Console: the desktop operator console of a city Intelligent Operations Center."""

__version__ = "0.1.0"

ORGANIZATION_NAME = "IOC Cao Lanh"
ORGANIZATION_DOMAIN = "ioc.caolanh.gov.vn"
APPLICATION_NAME = "IOC Console"
APPLICATION_ID = "ioc-console"
