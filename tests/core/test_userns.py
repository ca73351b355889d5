"""Ubuntu 24.04's restriction of user namespaces, as the console reads it from /proc."""

from pathlib import Path

from ioc_console.core.userns import userns_restricted


def proc(tmp_path: Path, restrict: str | None, label: str | None) -> Path:
    if restrict is not None:
        (tmp_path / "sys/kernel").mkdir(parents=True)
        (tmp_path / "sys/kernel/apparmor_restrict_unprivileged_userns").write_text(restrict)
    if label is not None:
        (tmp_path / "self/attr/apparmor").mkdir(parents=True)
        (tmp_path / "self/attr/apparmor/current").write_text(label)
    return tmp_path


def test_a_kernel_without_the_restriction_or_with_it_off_allows_them(tmp_path):
    assert not userns_restricted(proc(tmp_path / "a", None, "unconfined\n"))
    assert not userns_restricted(proc(tmp_path / "b", "0\n", "unconfined\n"))


def test_restricted_unless_the_console_runs_under_its_own_profile(tmp_path):
    assert userns_restricted(proc(tmp_path / "a", "1\n", "unconfined\n"))
    assert userns_restricted(proc(tmp_path / "b", "1\n", None))
    assert userns_restricted(proc(tmp_path / "c", "1\n", "firefox (enforce)\n"))
    assert not userns_restricted(proc(tmp_path / "d", "1\n", "ioc-console (unconfined)\n"))
