"""Whether this process may create the user namespaces QtWebEngine's sandbox needs.

Ubuntu 24.04 and newer restrict unprivileged user namespaces (the sysctl
``kernel.apparmor_restrict_unprivileged_userns``) to programs whose AppArmor profile allows
them, as Ubuntu's own profiles do for the browsers and for QtWebEngineProcess under ``/usr``.
The package installs such a profile, ``ioc-console``, where the kernel has the restriction;
a console started without it (a copied bundle, a profile that did not load) would show a blank
map, its web renderer unable to start its sandbox.
"""

from __future__ import annotations

from pathlib import Path

PROFILE = "ioc-console"  # build/linux/apparmor-profile
RESTRICT = "sys/kernel/apparmor_restrict_unprivileged_userns"
CONFINEMENT = ("self/attr/apparmor/current", "self/attr/current")


def userns_restricted(proc: Path = Path("/proc")) -> bool:
    """True when the kernel restricts user namespaces and no profile of ours allows them to
    this process."""
    try:
        if (proc / RESTRICT).read_text().strip() != "1":
            return False
    except OSError:
        return False
    for name in CONFINEMENT:
        try:
            label = (proc / name).read_text().strip("\0\n ")
        except OSError:
            continue
        return label.split(" ")[0] != PROFILE
    return True
