"""XML from outside read safely: no DTD, no entities, no network, a size limit.

A CAP feed is text from a server the city does not run. Expat (before 2.6.0, as on Debian 12)
expands nested entities without bound ("billion laughs") and would read an external entity's
file or URL if asked to; defusedxml refuses a document that declares a DTD or an entity
before either can happen, so nothing is expanded and nothing is fetched.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden

MAX_BYTES = 2 * 1024 * 1024  # a CAP message is a few kB; a busy feed a few hundred
# an EDXL-DE envelope holding a signed CAP message nests about 15 levels; deeper documents are
# refused before anything walks them recursively (Python's serialiser would overflow its stack)
MAX_DEPTH = 64


class CapError(Exception):
    """A document that is refused; ``str()`` is the reason, in English, for the log."""


def parse_xml(data: bytes | str, limit: int = MAX_BYTES) -> Element:
    """The document's root element, or :class:`CapError` naming why it was refused."""
    size = len(data.encode("utf-8") if isinstance(data, str) else data)
    if size > limit:
        raise CapError(f"the document is {size} bytes, more than the limit of {limit}")
    if not data.strip():
        raise CapError("the document is empty")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DTDForbidden:
        raise CapError(
            "the document declares a DTD (refused: it could expand or fetch entities)"
        ) from None
    except EntitiesForbidden:
        raise CapError(
            "the document declares entities (refused: they could expand or fetch)"
        ) from None
    except DefusedXmlException as exc:
        raise CapError(f"the document uses a forbidden XML feature: {exc}") from None
    except ParseError as exc:
        raise CapError(f"not well-formed XML: {exc}") from None
    except (ValueError, LookupError) as exc:  # an unknown encoding name
        raise CapError(f"the document cannot be decoded: {exc}") from None
    _check_depth(root)
    return root


def _check_depth(root: Element) -> None:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise CapError(f"the document nests elements more than {MAX_DEPTH} levels deep")
        stack.extend((child, depth + 1) for child in element)
