"""quoteattr: quotations in news text and who said them.

    >>> import quoteattr
    >>> attributor = quoteattr.Attributor()            # the built-in profile
    >>> for q in attributor.attribute('"We are ready," said Wang Yi.'):
    ...     print(q.speaker, q.kind, q.text)
    Wang Yi direct We are ready,

An Attributor is immutable and thread-safe: share one between threads (analysis releases the
GIL). Offsets are given twice: ``begin``/``end`` in UTF-8 bytes (as the tool's JSONL) and
``start``/``stop`` as indices into the Python str (``text[q.start:q.stop] == q.text``).
"""
from __future__ import annotations

from typing import Callable, NamedTuple, Union

from ._errors import (DocumentTooLargeError, Error, InternalError, InvalidArgumentError,
                      InvalidUtf8Error, IoError, LimitError, PatternTooLongError,
                      ProfileDuplicateError, ProfileError, ProfileKeyError, ProfilePatternError,
                      ProfileSyntaxError, ProfileTooLargeError, ProfileValueError,
                      TooManyRulesError)
from ._quoteattr import (Attributor, CueEntry, Diagnostic, Limits, Profile, Proposal, Quote,
                         Result, RuleContext, RuleEntry, Span, Speaker, SpeakerEntry, __version__)


class Rule(NamedTuple):
    """A rule given as a Python callable, for ``Attributor(rules=[...])``.

    ``fn(ctx: RuleContext)`` returns None (no answer), a :class:`Proposal` or a dict with the
    same keys. ``first``: run before the profile's rules (default: after them).
    """
    id: str
    fn: Callable[[RuleContext], Union[None, Proposal, dict]]
    first: bool = False


__all__ = [
    "Attributor", "CueEntry", "Diagnostic", "DocumentTooLargeError", "Error", "InternalError",
    "InvalidArgumentError", "InvalidUtf8Error", "IoError", "LimitError", "Limits",
    "PatternTooLongError", "Profile", "ProfileDuplicateError", "ProfileError", "ProfileKeyError",
    "ProfilePatternError", "ProfileSyntaxError", "ProfileTooLargeError", "ProfileValueError",
    "Proposal", "Quote", "Result", "Rule", "RuleContext", "RuleEntry", "Span", "Speaker",
    "SpeakerEntry", "TooManyRulesError", "__version__",
]
