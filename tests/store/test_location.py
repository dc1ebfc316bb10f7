"""storage_warning: cloud-synced folders and network drives, from the path and the mount table."""

import pytest

from ropa_app.store import storage_warning
from ropa_app.store.location import cloud_service, is_unc

LINUX_MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
//nas/privacy /mnt/privacy cifs rw,vers=3.0 0 0
nas:/export/home /home/shared nfs4 rw 0 0
anna@host:/srv /home/anna/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
/dev/sdb1 /media/anna/USB\\040STICK vfat rw 0 0
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//anna@nas._smb._tcp.local/Privacy on /Volumes/Privacy (smbfs, nodev, nosuid, mounted by anna)
/dev/disk4s1 on /Volumes/USB (msdos, local, nodev, nosuid, noowners)
"""


@pytest.mark.parametrize("path, service", [
    (r"C:\Users\anna\OneDrive - Trastvik Systems AB\Dataskydd\register.ropa", "OneDrive"),
    (r"C:\Users\anna\OneDrive\register.ropa", "OneDrive"),
    ("/Users/anna/Library/CloudStorage/OneDrive-Personal/register.ropa", "OneDrive"),
    ("/Users/anna/Dropbox (Trastvik)/GDPR/register.ropa", "Dropbox"),
    (r"D:\Dropbox\register.ropa", "Dropbox"),
    ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/register.ropa", "iCloud Drive"),
    (r"C:\Users\anna\iCloudDrive\register.ropa", "iCloud Drive"),  # iCloud for Windows
    (r"C:\Users\anna\iCloud Drive\register.ropa", "iCloud Drive"),
    (r"G:\My Drive\GDPR\register.ropa", "Google Drive"),
    ("/Users/anna/Library/CloudStorage/GoogleDrive-anna@trastvik.se/My Drive/register.ropa", "Google Drive"),
    ("/Users/anna/Google Drive/register.ropa", "Google Drive"),
    ("/Users/anna/Library/CloudStorage/pCloudDrive/register.ropa", "the cloud storage service"),
    ("/home/anna/Documents/register.ropa", None),
    (r"C:\Users\anna\Documents\OneDriveNotes.ropa", None),  # the file's own name does not count
    ("/home/anna/dropboxed-notes/register.ropa", None),
])
def test_cloud_folders(path, service):
    assert cloud_service(path) == service
    warning = storage_warning(path, mounts="", system="Linux")
    if service is None:
        assert warning is None
    else:
        assert f"a folder that {service} synchronises" in warning and "conflicting copies" in warning


@pytest.mark.parametrize("path, unc", [
    (r"\\fileserver\privacy\register.ropa", True),
    ("//fileserver/privacy/register.ropa", True),
    (r"\\?\UNC\fileserver\privacy\register.ropa", True),
    (r"\\?\C:\Users\anna\register.ropa", False),
    (r"C:\Users\anna\register.ropa", False),
])
def test_unc_paths_are_network(path, unc):
    assert is_unc(path) is unc
    warning = storage_warning(path, mounts="", system="Windows")
    assert (warning is not None and "shared folder on another computer" in warning) is unc


@pytest.mark.parametrize("path, fstype", [
    ("/mnt/privacy/register.ropa", "cifs"),
    ("/home/shared/anna/register.ropa", "nfs4"),
    ("/home/anna/remote/register.ropa", "fuse.sshfs"),
    ("/home/anna/register.ropa", None),
    ("/media/anna/USB STICK/register.ropa", None),
    ("/mnt/privacy-local/register.ropa", None),  # a sibling of the mount point is not inside it
])
def test_linux_network_mounts(path, fstype):
    warning = storage_warning(path, mounts=LINUX_MOUNTS, system="Linux")
    if fstype is None:
        assert warning is None
    else:
        assert f"on a network drive ({fstype})" in warning and "connection drops" in warning


def test_macos_network_mounts():
    assert "network drive (smbfs)" in storage_warning(
        "/Volumes/Privacy/register.ropa", mounts=MAC_MOUNT, system="Darwin"
    )
    assert storage_warning("/Volumes/USB/register.ropa", mounts=MAC_MOUNT, system="Darwin") is None
    assert storage_warning("/Users/anna/register.ropa", mounts=MAC_MOUNT, system="Darwin") is None


def test_this_computers_temporary_folder_is_local(tmp_path):
    assert storage_warning(tmp_path / "register.ropa") is None


def test_this_system_is_named_as_the_platform_module_names_it():
    import platform

    from ropa_app.store.location import _system

    assert _system() == platform.system()
