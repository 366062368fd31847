"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of `UNSET`: a field or parameter that was not given (as opposed to `None`, sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    # override: results print `UNSET`, not `<plivo_messaging.types.Unset object at 0x...>`
    def __repr__(self) -> str:
        return "UNSET"

    __str__ = __repr__


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


# override: a server may answer any three-digit status (520 from a CDN, 499 from a proxy), and
# HTTPStatus(...) raises ValueError for one it does not name.
def http_status(code: int) -> HTTPStatus | int:
    """`HTTPStatus(code)`, or `code` itself when `HTTPStatus` does not name it."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """The answer's status: an `HTTPStatus`, or a plain `int` for a status it does not name."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    """The body as the operation's model for its status; `None` when the status is not documented or
    the body is not what the spec says (read `content` then)."""


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "http_status"]
