"""Domain errors: each carries a one-line reason a person can act on; only pages turn them into UI."""


class ParleyError(Exception):
    """Base of every error Parley reports to a person rather than crashing on."""


class RefusedFile(ParleyError):
    """A file that cannot become an article; the message says why in one line."""


class UnsupportedFormat(RefusedFile):
    """The file's extension is not one Parley reads."""


class FileTooLarge(RefusedFile):
    """The file is over the configured size limit."""


class UnreadableFile(RefusedFile):
    """The file claims a format but its bytes cannot be read as that format."""


class EmptyArticle(RefusedFile):
    """The file was read but holds no article text."""


class StoreError(ParleyError):
    """The database is missing, newer than this code, or otherwise unusable."""


class PermissionDenied(ParleyError):
    """A write asked for by someone who may only read; the message says who may."""
