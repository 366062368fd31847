"""Direction-aware differ for this repository's OpenAPI 3.1 document, its release gate and changelog writer.

`diff_documents(old, new)` classifies every change of the contract for the people who use it: a request
is written by the client user and read by Plivo, a response the other way round, and a webhook payload is
written by Plivo and read by the user's server. See README.md ("Releasing") for the rules.
"""

from specdiff.document import diff_documents
from specdiff.model import Change, Severity

__all__ = ["Change", "Severity", "diff_documents"]
