"""The extraction stage: dispatch a Document to the extractor for its kind."""

from __future__ import annotations

from marsad.errors import DocumentError
from marsad.extract.html import extract_html
from marsad.extract.outlets import outlet_from_domain
from marsad.extract.record import extract_record
from marsad.extract.textpage import classify_page
from marsad.records import Article
from marsad.registry import register
from marsad.text.decode import decode_bytes

__all__ = ["ExtractStage"]


@register("extract.v1")
class ExtractStage:
    name = "extract.v1"
    requires = ("document",)
    provides = ("title", "text", "publication_date", "outlet", "author", "boilerplate_lines")

    def __call__(self, article: Article) -> Article:
        document = article.document
        if document.kind == "record":
            fields = extract_record(document)
            article.extractor = "record"
        elif document.kind == "html":
            html = decode_bytes(document.raw, document.source)
            fields = extract_html(html, document.source, document.url)
            article.extractor = "trafilatura"
        else:
            fields = self._textpage(decode_bytes(document.raw, document.source))
            fields["outlet"] = fields["outlet"] or outlet_from_domain(document.url)
            article.extractor = "textpage"
        article.title = fields.get("title")
        article.text = fields.get("text") or ""
        article.publication_date = fields.get("publication_date")
        article.outlet = fields.get("outlet")
        article.author = fields.get("author")
        article.boilerplate_lines = fields.get("boilerplate_lines")
        if fields.get("retrieved_date"):
            article.meta["retrieved_date"] = fields["retrieved_date"]
        if not article.text.strip():
            raise DocumentError(document.source, "no_article_text",
                                "nothing in the document reads as article text")
        return article

    @staticmethod
    def _textpage(text: str) -> dict:
        page = classify_page(text)
        return {"title": page.title, "text": page.body, "publication_date": page.publication_date,
                "outlet": page.outlet, "author": page.author,
                "boilerplate_lines": page.boilerplate_lines}
