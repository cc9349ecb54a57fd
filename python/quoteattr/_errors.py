"""quoteattr's errors as Python exceptions: one subclass of :class:`Error` per error family.

Each carries the C++ library's message unchanged (``str(e)`` is ``quoteattr::Error::what()``,
location prefix included) and its parts: ``code`` (the stable name of the C++ ErrorCode, such as
``"profile-key"``), ``message`` (without the location), ``file``, ``line``, ``column`` (a profile
position, 1-based, or None) and ``offset`` (a byte offset into a text, or None).
"""
from __future__ import annotations

from typing import Optional


class Error(Exception):
    """Base class of every error quoteattr raises."""

    code: str = ""

    def __init__(self, what: str, message: Optional[str] = None, file: Optional[str] = None,
                 line: Optional[int] = None, column: Optional[int] = None,
                 offset: Optional[int] = None) -> None:
        super().__init__(what)
        self.message = what if message is None else message
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset

    def __reduce__(self):  # keeps the parts through pickle (Dask sends errors between processes)
        return (type(self), (str(self), self.message, self.file, self.line, self.column, self.offset))


class InvalidUtf8Error(Error, ValueError):
    """Ill-formed UTF-8 under the strict policy."""
    code = "invalid-utf8"


class IoError(Error, OSError):
    """A file (a profile) could not be read or written."""
    code = "io"


class ProfileError(Error):
    """A profile is not valid: the base of the five profile errors."""


class ProfileSyntaxError(ProfileError):
    """A profile file is not valid TOML."""
    code = "profile-syntax"


class ProfileKeyError(ProfileError):
    """An unknown or missing key in a profile."""
    code = "profile-key"


class ProfileValueError(ProfileError, ValueError):
    """A profile value of the wrong type or range."""
    code = "profile-value"


class ProfilePatternError(ProfileError):
    """A rule pattern that does not compile or names an unknown placeholder."""
    code = "profile-pattern"


class ProfileDuplicateError(ProfileError):
    """Two rules (or speakers, or cues) share an id."""
    code = "profile-duplicate"


class InvalidArgumentError(Error, ValueError):
    """An API was called with a value it cannot accept."""
    code = "invalid-argument"


class InternalError(Error):
    """A dependency failed (ICU could not open a break iterator, ...)."""
    code = "internal"


class LimitError(Error):
    """An input over one of the :class:`Limits`: the base of the four limit errors."""


class DocumentTooLargeError(LimitError, ValueError):
    """A document larger than ``Limits.max_document_bytes`` (in UTF-8 bytes)."""
    code = "document-too-large"


class ProfileTooLargeError(ProfileError, LimitError):
    """A profile text larger than ``Limits.max_profile_bytes``."""
    code = "profile-too-large"


class TooManyRulesError(ProfileError, LimitError):
    """A profile with more rules than ``Limits.max_rules``."""
    code = "too-many-rules"


class PatternTooLongError(ProfileError, LimitError):
    """A rule pattern longer than ``Limits.max_pattern_bytes``."""
    code = "pattern-too-long"


_BY_CODE = {cls.code: cls for cls in (
    InvalidUtf8Error, IoError, ProfileSyntaxError, ProfileKeyError, ProfileValueError,
    ProfilePatternError, ProfileDuplicateError, InvalidArgumentError, InternalError,
    DocumentTooLargeError, ProfileTooLargeError, TooManyRulesError, PatternTooLongError)}


for _cls in (Error, ProfileError, LimitError, *_BY_CODE.values()):
    _cls.__module__ = "quoteattr"


def _make(code: str, what: str, message: str, file: Optional[str], line: Optional[int],
          column: Optional[int], offset: Optional[int]) -> Error:
    """Called by the extension to turn a quoteattr::Error into its Python exception."""
    cls = _BY_CODE.get(code, Error)
    err = cls(what, message, file, line, column, offset)
    if cls is Error:
        err.code = code
    return err
