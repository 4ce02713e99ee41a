"""HTML pages: trafilatura for the body and metadata, htmldate for the publication date.

Both are the field's reference tools; marsad adds only what they leave out: the outlet from a
known-outlet table (lang/common/outlets.tsv) before falling back to trafilatura's sitename, and
a refusal to guess dates: htmldate reads markup and metadata only (no free-text search, which
picks up any date the article mentions) and never falls back to today.
"""

from __future__ import annotations

import datetime as dt

from marsad.errors import DocumentError
from marsad.extract.outlets import outlet_by_name, outlet_from_domain

__all__ = ["extract_html", "html_fragment_text"]

# Nesting deeper than this is malformed or hostile; lxml would refuse or recurse too far.
MAX_TAG_DEPTH = 2000


def extract_html(html: str, source: str, url: str | None = None) -> dict[str, str | None]:
    """title, text, publication_date, outlet, author and url of an HTML page."""
    import trafilatura
    from htmldate import find_date

    if html.count("<") > 4 * MAX_TAG_DEPTH and _nesting_depth(html) > MAX_TAG_DEPTH:
        raise DocumentError(source, "malformed_html",
                            f"tags nest deeper than {MAX_TAG_DEPTH} levels")
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True, as_dict=False)
    except (ValueError, RecursionError) as error:
        raise DocumentError(source, "malformed_html", str(error)) from None
    if document is None or not (document.text or "").strip():
        raise DocumentError(source, "no_article_text", "no article text found in the HTML")
    date = None
    try:
        date = find_date(html, url=url, original_date=True, extensive_search=False,
                         outputformat="%Y-%m-%d", max_date=dt.date.today().isoformat())
    except (ValueError, RecursionError):
        date = None
    outlet = None
    if document.sitename:
        known = outlet_by_name(document.sitename)
        outlet = known.name if known else None
    outlet = outlet or outlet_from_domain(url or document.url) or document.sitename
    return {"title": document.title, "text": document.text, "publication_date": date,
            "outlet": outlet, "author": document.author, "url": url or document.url}


def _nesting_depth(html: str) -> int:
    """A cheap upper bound on tag nesting: opening minus closing tags, at its peak."""
    depth = peak = 0
    index = html.find("<")
    while index != -1:
        if html.startswith("</", index):
            depth -= 1
        elif not html.startswith(("<!", "<?"), index):
            depth += 1
            peak = max(peak, depth)
        index = html.find("<", index + 1)
    return peak


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment that is already the article (a feed entry's content, a record's
    body): no boilerplate to remove, so only tags go, and block elements become line breaks."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
